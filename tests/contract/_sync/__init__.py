# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
