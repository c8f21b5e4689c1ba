# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The ACP client, written once as async code; `../_sync/` is generated from it (scripts/unasync_overlay.py)."""
