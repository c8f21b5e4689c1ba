# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The LangGraph nodes' I/O, written once as async source; `_sync/` is its generated blocking twin."""
