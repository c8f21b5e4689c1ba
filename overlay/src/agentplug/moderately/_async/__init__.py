"""The Moderately AI client: `_async/` is the source, `_sync/` is generated from it."""
