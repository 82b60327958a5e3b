"""The display language: Bahasa Indonesia (the source strings) or English, a per-PC preference.

Qt has no Indonesian translation of its own buttons and dialogs (OK/Cancel/Yes/No, the file
dialog, the wizard buttons), so in Indonesian we install our small `qt_id.qm`; in English Qt's
own texts are already English and our `jamsos_en.qm` translates the app. Dates and numbers keep
the Indonesian format (QLocale id_ID) in both languages: the data is Indonesian.
"""
from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, QTranslator

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
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for name in TRANSLATION_FILES[code]:
        translator = QTranslator(app)
        if translator.load(name, str(paths.resource("translations"))):
            app.installTranslator(translator)
            _installed.append(translator)
        else:  # the app still works, in Indonesian source strings; python3 run.py builds the .qm
            log.warning("translation %s.qm not found in %s", name, paths.resource("translations"))
    return code


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def ui_locale() -> QLocale:
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def ui_date(value: dt.date) -> str:
    """'25 November 2026' as the clerk reads it, whatever the display language."""
    return ui_locale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def ui_number(value: int) -> str:
    """'1.500.000' with Indonesian grouping."""
    return ui_locale().toString(int(value))
