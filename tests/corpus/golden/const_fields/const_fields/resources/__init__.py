"""Resource clients; each module is imported on first attribute access."""
