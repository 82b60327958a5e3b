"""Importing the Excel/CSV files the field sends: read, map, normalise, preview, commit."""
