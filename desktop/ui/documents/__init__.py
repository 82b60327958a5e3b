"""Dokumen in the window: preview page, printing, dialogs."""
