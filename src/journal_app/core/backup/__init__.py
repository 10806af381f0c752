"""Backups, restore and verify."""
