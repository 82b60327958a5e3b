"""The feature modules that fill the main window, in menu order. Each exposes install(window)."""
from __future__ import annotations

from desktop.ui import (feature_batches, feature_coverage, feature_documents, feature_importing,
                        feature_maintenance, feature_preferences, feature_roster)

INSTALLERS = [
    feature_roster.install,       # Data: persons table, unit tree, institutions, editors, trash
    feature_importing.install,    # Data: import wizard, intake template
    feature_documents.install,    # Dokumen: forms, PKS, roster lists, preview/print, verify
    feature_batches.install,      # Batch: batches, presets, export, branch answer
    feature_coverage.install,     # Laporan: dashboard, claims, rates
    feature_maintenance.install,  # Berkas: backups, restore, integrity, audit log, privacy
    feature_preferences.install,  # Berkas/Bantuan: settings, first run, language, guide
]
