# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""One module per API resource; each method maps to one operation, or to a documented multi-step flow."""
