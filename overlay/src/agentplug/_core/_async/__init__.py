"""The async source of the core's I/O (its blocking twin, `_sync/`, is generated from it)."""
