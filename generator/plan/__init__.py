"""Stage 3, plan: every decision the templates need, made in plain Python."""
