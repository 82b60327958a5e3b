"""The display language: Bahasa Indonesia (the source strings) or English, a per-PC preference.

Qt has no Indonesian translation of its own buttons and dialogs (OK/Cancel/Yes/No, the file
dialog, the wizard buttons), so in Indonesian we install our small `qt_id.qm`; in English Qt's
own texts are already English and our `jamsos_en.qm` translates the app. Dates and numbers keep
the Indonesian format in both languages (the default QLocale is id_ID): the data is Indonesian.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from desktop import paths

log = logging.getLogger(__name__)

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
PREFERENCE_KEY = "ui/language"
TRANSLATION_FILES = {"id": ["qt_id"], "en": ["jamsos_en"]}

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def preferred_language() -> str:
    code = str(QSettings().value(PREFERENCE_KEY, "id"))
    return code if code in LANGUAGES else "id"


def set_preferred_language(code: str) -> None:
    QSettings().setValue(PREFERENCE_KEY, code if code in LANGUAGES else "id")


def install(language: str | None = None) -> str:
    """Install the translators for `language` (default: the preference); returns the code used."""
    app = QCoreApplication.instance()
    code = language if language in LANGUAGES else preferred_language()
    remove_all()
    folder = paths.resource("translations")
    for name in TRANSLATION_FILES[code]:
        # A plain QTranslator: a Python subclass overriding translate() crashes PySide6 6.12 after
        # some thousand calls (None's reference count); contexts are fixed in the .ts instead
        # (packaging/update_translations.py).
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:  # the app still works, in Indonesian source strings; python3 run.py builds the .qm
            log.warning("translation %s.qm not found in %s", name, paths.resource("translations"))
    return code


def remove_all() -> None:
    """Back to the source strings (Indonesian, with Qt's own texts in English)."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
