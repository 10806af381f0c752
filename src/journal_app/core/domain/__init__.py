"""The journal's words: models (frozen dataclasses), the clock, text and identity numbers. Imports
nothing of the core but errors and messages."""
