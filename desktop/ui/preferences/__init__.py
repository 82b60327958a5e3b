"""Preferences: the first-run wizard, the settings dialog and the form sections they share."""
