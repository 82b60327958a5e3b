"""The roster in the window: persons table, unit tree, institutions, editors."""
