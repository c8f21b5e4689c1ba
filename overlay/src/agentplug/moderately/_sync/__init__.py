# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The Moderately AI client: `_async/` is the source, `_sync/` is generated from it."""
