"""The sans-I/O parts of `agentplug.acp.compat` (configuration, errors, requests, answers)."""
