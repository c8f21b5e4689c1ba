"""Platform-agnostic machinery shared by every agentplug client (private: import from submodules).

Sans-I/O where it matters (retry decisions, SSE decoding, paging, polling) with thin sync and
async shells, so that each behaviour is written once.
"""
