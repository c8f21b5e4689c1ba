"""The LangGraph nodes' I/O, written once as async source; `_sync/` is its generated blocking twin."""
