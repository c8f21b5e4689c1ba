# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The async source of the core's I/O (its blocking twin, `_sync/`, is generated from it)."""
