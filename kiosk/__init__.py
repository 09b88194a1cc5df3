"""Kumppanuuspöytä kiosk: a terminal kiosk for partnership tables at a resident centre."""

__version__ = "0.1.0"
