"""Refresh resources/translations/jamsos_en.ts from the UI sources, keeping the translations.

    .venv/bin/python packaging/update_translations.py          # then translate what it lists

1. pyside6-lupdate collects every tr()/translate() text of desktop/ui.
2. lupdate names the context of `window.tr("…")` or `tr = page.tr; tr("…")` in a plain function
   after the variable ("window", "page"), while Qt asks with the object's class ("MainWindow",
   "PersonsPage"). Such messages are moved to the class the variable holds, found in the source
   (`page = PersonsPage(window)`; `window` is always the MainWindow).
3. A message keeps its translation; a new one takes its context's earlier translation, else the text's
   translation elsewhere (translations are read before lupdate runs: it drops the moved messages'
   translations as obsolete).
4. Texts lupdate cannot see are added: labels that reach tr() through a variable (status, count, batch
   state, import kind… defined in the core; `runtime_labels`), a literal tr('…') inside an f-string, and
   a module's own translate helper (`def _tr(text): return QCoreApplication.translate("Ctx", text)`).
5. The messages still without translation are printed (source text, context).

Standard library plus the lupdate that comes with PySide6.
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "desktop" / "ui"
TS = ROOT / "resources" / "translations" / "jamsos_en.ts"
KNOWN_VARIABLES = {"window": "MainWindow"}  # what install(window) receives everywhere


def lupdate() -> None:
    tool = Path(sys.executable).parent / ("pyside6-lupdate.exe" if sys.platform == "win32" else "pyside6-lupdate")
    sources = sorted(str(path) for path in UI.rglob("*.py"))
    subprocess.run([str(tool), *sources, "-ts", str(TS), "-source-language", "id_ID", "-target-language", "en_GB",
                    "-no-obsolete", "-silent"], check=True)


def ui_classes() -> set[str]:
    found: set[str] = set()
    for path in UI.rglob("*.py"):
        found |= set(re.findall(r"^\s*class (\w+)", path.read_text(encoding="utf-8"), re.M))
    return found


ANY_CLASS = "*"  # a helper's parameter (`dialog.tr` in a function many dialogs call): every class


def runtime_context(path: Path, line: int) -> str | None:
    """The class whose tr() runs at `path:line` (None when lupdate already knew it)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    text = " ".join(lines[max(0, line - 3):line])  # a long call starts up to two lines above its text
    calls = re.findall(r"(?:(\w+)\.)?(?<![\w])tr\(", text) or re.findall(r"(\w+)\.tr\(", text)
    variable = calls[-1] if calls else None
    if variable == "":  # bare tr(): an alias such as `tr = page.tr` or `tr = lambda t: ….translate("Ctx", t)`
        for row in reversed(lines[:line]):
            named = re.search(r"\btr = lambda \w+: \w+\.translate\(\"(\w+)\"", row)
            if named:
                return named.group(1)
            alias = re.search(r"\btr = (\w+)\.tr\b", row)
            if alias:
                variable = alias.group(1)
                break
        else:
            variable = None
    if variable is None or variable == "self":
        return None
    if variable in KNOWN_VARIABLES:
        return KNOWN_VARIABLES[variable]
    for row in reversed(lines[:line]):
        single = re.search(rf"\b{variable} = (\w+)\(", row)
        if single:
            return single.group(1)
        several = re.match(r"\s*([\w, ]+) = (.+)$", row)  # a, b = A(x), B(y)
        if several and "," in several.group(1):
            names = [n.strip() for n in several.group(1).split(",")]
            made = re.findall(r"(\w+)\([^()]*\)", several.group(2))
            if variable in names and len(made) == len(names):
                return made[names.index(variable)]
    return ANY_CLASS


def context_element(root: ET.Element, name: str) -> ET.Element:
    for context in root.iter("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def fix_contexts(root: ET.Element) -> int:
    classes = ui_classes() | {"Preferences"}
    moved = 0
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        if name in classes or name.startswith("Q"):
            continue
        for message in list(context.iter("message")):
            targets = set()
            for location in message.iter("location"):
                path = (TS.parent / location.get("filename", "")).resolve()
                if path.exists() and location.get("line"):
                    targets.add(runtime_context(path, int(location.get("line"))))
            targets.discard(None)
            if ANY_CLASS in targets:
                targets = (targets - {ANY_CLASS}) | classes
            for target in sorted(targets):  # the same order every run: a small diff
                into = context_element(root, target)
                if not any(m.findtext("source") == message.findtext("source") for m in into.iter("message")):
                    into.append(ET.fromstring(ET.tostring(message)))
            if targets:
                context.remove(message)
                moved += 1
        if not list(context.iter("message")):
            root.remove(context)
    return moved


def runtime_labels() -> dict[str, list[str]]:
    """{context: labels} of the texts the window passes to tr() in a variable, read from where they are
    defined (a changed label is listed again as untranslated). One entry per `self.tr(variable)` call;
    PreviewModel's row status, the rate tables' headings and cells, ScopeBox's orders, the audit
    actions, the weak-table note and the empty time chart are listed ahead of their tr() (until it is
    wired they still show in Indonesian in English mode)."""
    sys.path.insert(0, str(ROOT))
    from desktop import audit_log, claims, coverage, rate_tables
    from desktop.documents.scope import ORDERS
    from desktop.domain import rates, status
    from desktop.importing import header, preview
    from desktop.reports import content
    from desktop.roster.bulk_edit import PAYER_LABELS
    from desktop.roster.persons import LABELS
    from desktop.ui import home
    from desktop.ui.batches import page as batches_page, preset_editor
    from desktop.ui.coverage import claims_page, dashboard, rates_page
    from desktop.vocabulary import BatchState, ImportKind
    field_labels = sorted({label for fields in header.FIELDS.values() for label, _variants in fields.values()})
    person_labels = sorted({*LABELS.values(), "Status", "Ahli waris"})
    return {
        "PersonsModel": list(status.STATUS_LABELS.values()),
        "HomePage": [count.label for count in home.COUNTS],
        "UnitTree": [status.Count.ENROLLED.label],
        "DashboardPage": [label for _key, label in dashboard.CARDS] + list(content.COUNT_HEADER) + [
            # the tab titles are a literal tuple in DashboardPage.__init__
            "Program, segmen, pembayar", "Iuran per program", "Keringanan", "Iuran per pembayar", "Klaim",
            "Per lembaga", "Pendaftaran per bulan", "Unit", rates.WEAK_TABLE_NOTE],
        "Charts": [coverage.NO_SERIES],
        "BatchesPage": list(batches_page.LIST_COLUMNS) + [state.label for state in BatchState],
        "ItemsModel": list(status.ITEM_LABELS.values()),
        "BulkEditDialog": list(PAYER_LABELS.values()),
        "FilterBar": field_labels,
        "MappingPage": field_labels,
        "FilePage": list(header.KINDS.values()) + list(header.KIND_NOUNS.values()),
        "PreviewPage": list(preview.STATUS_LABELS.values()) + list(preview.POLICIES.values()),
        "PreviewModel": person_labels + list(preview.STATUS_LABELS.values()),
        "MergeDialog": person_labels,
        "RunsDialog": [kind.label for kind in ImportKind],
        "ClaimsPage": list(claims_page.COLUMNS) + list(claims.STATUS_LABELS.values()),
        "ClaimDialog": list(claims.STATUS_LABELS.values()),
        "RateDialog": [*rates.COMPONENT_LABELS.values(), *rates.BASIS_LABELS.values(),
                       *rates.CERTAINTY_LABELS.values()],
        "BracketDialog": list(rates.CERTAINTY_LABELS.values()),
        "RatesPage": [*rate_tables.CATEGORIES.values(), *rates_page.RATE_COLUMNS, *rates_page.BRACKET_COLUMNS,
                      *rates.COMPONENT_LABELS.values(), *rates.BASIS_LABELS.values(), *rates.CERTAINTY_LABELS.values()],
        "ScopeBox": list(ORDERS.values()),
        "PresetEditor": list(preset_editor.COLUMN_TITLES),
        "AuditModel": list(audit_log.HEADERS) + list(audit_log.ACTION_LABELS.values()),
        "AuditPage": list(audit_log.ACTION_LABELS.values()),
    }


def unseen_literals() -> list[tuple[str, str, Path, int]]:
    """(context, text, file, line) of literal texts lupdate misses: `self.tr('…')` inside an f-string and
    calls of a module's translate helper (`def _tr(text): return QCoreApplication.translate("Ctx", text)`)."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
                for inner in ast.walk(node):
                    if (isinstance(inner, ast.Call) and getattr(inner.func, "attr", "") == "translate"
                            and len(inner.args) == 2 and isinstance(inner.args[0], ast.Constant)
                            and isinstance(inner.args[1], ast.Name) and inner.args[1].id == node.args.args[0].arg):
                        helpers[node.name] = inner.args[0].value
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for fstring in [n for n in ast.walk(cls) if isinstance(n, ast.JoinedStr)]:
                for call in ast.walk(fstring):
                    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "tr"
                            and getattr(call.func.value, "id", "") == "self" and call.args
                            and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
                        found.append((cls.name, call.args[0].value, path, call.lineno))
        for call in ast.walk(tree):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in helpers
                    and call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
                found.append((helpers[call.func.id], call.args[0].value, path, call.lineno))
    return found


def add_unseen(root: ET.Element) -> int:
    """Add the texts lupdate cannot see (kept out of lupdate's reach, they would vanish as obsolete)."""
    added = 0
    wanted = [(context, text, None, None) for context, texts in runtime_labels().items() for text in texts]
    for context, text, path, line in unseen_literals() + wanted:
        into = context_element(root, context)
        if any(m.findtext("source") == text for m in into.iter("message")):
            continue
        message = ET.SubElement(into, "message")
        if path is not None:
            ET.SubElement(message, "location", filename="../../" + path.relative_to(ROOT).as_posix(), line=str(line))
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation", type="unfinished")
        added += 1
    return added


def finished(root: ET.Element) -> dict[tuple[str, str], str]:
    """{(context, source): translation} of every finished message."""
    known = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") is None:
                known[(context.findtext("name"), message.findtext("source"))] = translation.text
    return known


def share_translations(root: ET.Element, known: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    """Fill each unfinished message: its own context's translation first (a word may differ by screen:
    'Cakupan' is the report's coverage and a document's scope), else the text's translation elsewhere."""
    known = {**known, **finished(root)}
    by_source = {source: text for (_context, source), text in known.items()}
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") is None and translation.text:
                continue
            source = message.findtext("source")
            text = known.get((name, source)) or by_source.get(source)
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
            else:
                missing.append((source, name))
    return missing


def main() -> int:
    known = finished(ET.parse(TS).getroot()) if TS.exists() else {}  # lupdate drops moved messages' work
    lupdate()
    tree = ET.parse(TS)
    moved = fix_contexts(tree.getroot())
    added = add_unseen(tree.getroot())
    missing = share_translations(tree.getroot(), known)
    ET.indent(tree)
    text = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
    print(f"{TS.name}: {moved} messages moved to their class's context, {added} added that lupdate cannot see; "
          f"{len(missing)} without translation")
    for source, context in missing:
        print(f"  [{context}] {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
