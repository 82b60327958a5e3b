"""The Qt window. Everything Qt lives in this package; it calls the same use cases as the CLI."""
