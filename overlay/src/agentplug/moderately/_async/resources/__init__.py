"""One module per API resource; each method maps to one operation, or to a documented multi-step flow."""
