"""Widgets that lay out what the practitioner sees; no decisions."""
