# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The NAT client (its async source is the single source of the sync twin)."""
