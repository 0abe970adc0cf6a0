"""The SDK generation pipeline: load → normalize → plan → render → format → report."""
