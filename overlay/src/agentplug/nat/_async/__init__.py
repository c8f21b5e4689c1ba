"""The NAT client (its async source is the single source of the sync twin)."""
