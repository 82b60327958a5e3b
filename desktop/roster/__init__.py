"""Rosters: the unit tree, institutions and persons (use cases shared by the window and the CLI)."""
