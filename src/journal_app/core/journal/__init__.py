"""The facade callers use, the models (frozen dataclasses), and journal rules."""
