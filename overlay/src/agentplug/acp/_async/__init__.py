"""The ACP client, written once as async code; `../_sync/` is generated from it (scripts/unasync_overlay.py)."""
