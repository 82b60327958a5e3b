"""The display language: Bahasa Indonesia (the source strings) or English, a per-PC preference.

Qt has no Indonesian translation of its own buttons and dialogs (OK/Cancel/Yes/No, the file
dialog, the wizard buttons), so in Indonesian we install our small `qt_id.qm`; in English Qt's
own texts are already English and our `jamsos_en.qm` translates the app. Dates and numbers keep
the Indonesian format in both languages (the default QLocale is id_ID): the data is Indonesian.
"""
from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path

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


class AppTranslator(QTranslator):
    """Our compiled .qm, plus a look-up by source text alone from the .ts beside it.

    pyside6-lupdate guesses the context of `window.tr("…")` in a plain function from the variable
    name ("window"), while Qt asks with the class name ("MainWindow"); the fallback makes such
    strings translate anyway. Same Indonesian text, same English: true throughout this app.
    """

    def __init__(self, parent, ts_file: Path):  # noqa: ANN001
        super().__init__(parent)
        self.by_source = read_ts(ts_file) if ts_file.exists() else {}

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201 - Qt API
        # None, not "": Qt takes an empty string as a translation and stops looking
        return super().translate(context, source, disambiguation, n) or self.by_source.get(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return not self.by_source and super().isEmpty()


def read_ts(ts_file: Path) -> dict[str, str]:
    """{source: translation} for the finished messages of a Qt Linguist .ts file."""
    found = {}
    for message in ET.parse(ts_file).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        if translation.text:
            found[message.findtext("source")] = translation.text
    return found


def install(language: str | None = None) -> str:
    """Install the translators for `language` (default: the preference); returns the code used."""
    app = QCoreApplication.instance()
    code = language if language in LANGUAGES else preferred_language()
    remove_all()
    folder = paths.resource("translations")
    for name in TRANSLATION_FILES[code]:
        translator = AppTranslator(app, folder / f"{name}.ts")
        if translator.load(name, str(folder)) or not translator.isEmpty():
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
