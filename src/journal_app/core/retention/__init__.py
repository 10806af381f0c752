"""Retention policies, erase decisions and erasure, billing records."""
