"""Screenshots for docs/panduan.md, taken from the real window under offscreen Qt.

    .venv/bin/python docs/make_screenshots.py [--samples ../shared/samples]

A fresh database in a temporary folder is filled the way a clerk would (the first-run wizard,
then the sample PAC file imported, a batch made, exported and answered, through the same `jamsos`
commands the guide mentions); then every page and menu of the window, the settings dialog and the
first page of the printed PKS and form are saved to docs/img/. Whatever pages and menus exist are
shot, so the guide follows the app as features are added. Images are kept small (256 colours).
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMG = ROOT / "docs" / "img"
REFERENCE = "02-11-2026"  # the samples' reference date
sys.path.insert(0, str(ROOT))


def save(widget_or_image, name: str, width: int = 900) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    image = widget_or_image if isinstance(widget_or_image, QImage) else widget_or_image.grab().toImage()
    if image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither  # flat UI colours compress well
    image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(IMG / f"{name}.png"), "PNG", 9)
    print(f"  docs/img/{name}.png")


def cli(db: Path, *args: str, may_fail: bool = False) -> str:
    from click.testing import CliRunner

    from desktop.cli import main
    result = CliRunner().invoke(main, ["--db", str(db), *args])
    if result.exit_code != 0 and not may_fail:
        print(f"  (jamsos {' '.join(args)} → {result.exit_code}: {result.output.strip()[:300]})")
    return result.output


WIZARD = (  # (image, what the example clerk types on that page), page by page
    ("wizard-1-selamat-datang", {}),
    ("wizard-2-organisasi", {"org_address": "Jl. Raya Sooko No. 1, Mojokerto",
                             "board_decree": "SK PW Muslimat NU Jawa Timur No. 123/SK/PW/2022",
                             "dpo_contact": "Sekretariat PC, 0321-000000"}),
    ("wizard-3-tingkatan", {}),
    ("wizard-4-kantor-cabang", {"branch_address": "Jl. Contoh No. 2, Mojokerto",
                                "branch_head_name": "Nama Kepala Kantor Cabang"}),
    (None, {"chair_name": "Nama Ketua PC", "secretary_name": "Nama Sekretaris PC"}),
    ("wizard-5-bawaan-pks", {}),
)


def fill_wizard(db) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QWizard

    from desktop.ui.preferences.first_run import FirstRunWizard
    wizard = FirstRunWizard(db)
    wizard.show()
    for image, typed in WIZARD:
        for key, text in typed.items():
            wizard.currentPage().form.widgets[key].setText(text)
        if image:
            save(wizard, image)
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def complete_mother_names(db_path: Path) -> None:
    """The samples carry no mother's maiden name; a clerk completes it before a batch (fictitious)."""
    from sqlalchemy import update

    from desktop.db import open_database
    from desktop.models import Person
    db = open_database(db_path)
    with db.write() as session:
        session.execute(update(Person).where(Person.mother_name.is_(None)).values(mother_name="Siti Fatimah"))
    db.close()


def batch_number(db_path: Path) -> str | None:
    from sqlalchemy import select

    from desktop.db import open_database
    from desktop.models import Batch
    db = open_database(db_path)
    with db.read() as session:
        number = session.scalar(select(Batch.number).order_by(Batch.id.desc()))
    db.close()
    return number


def fill_data(db_path: Path, samples: Path, work: Path) -> dict[str, Path]:
    """The sample organisation: units, the PAC Sooko file, a batch and the branch's answer."""
    made: dict[str, Path] = {}
    cli(db_path, "unit", "add", "PC Muslimat NU Kab. Mojokerto")
    for name, code in (("Sooko", "35.16.13"), ("Mojosari", "35.16.08"), ("Trowulan", "35.16.12")):
        cli(db_path, "unit", "add", f"PAC Muslimat NU {name}", "--parent", "PC Muslimat NU Kab. Mojokerto",
            "--region", code)
    # typed by hand earlier with two NIK digits swapped: the PAC file brings her again (the merge shot)
    cli(db_path, "person", "add", "--name", "Ririn Faizah", "--nik", "3516137006841694", "--sex", "P",
        "--birth-date", "30-06-1984", "--unit", "PAC Muslimat NU Sooko")
    if (samples / "pac-sooko-anggota.xlsx").exists():
        cli(db_path, "import", "persons", str(samples / "pac-sooko-anggota.xlsx"), "--unit",
            "PAC Muslimat NU Sooko", "--allow-no-nik", "--reference", REFERENCE)
    if (samples / "guru-tk-muslimat.xlsx").exists():
        cli(db_path, "import", "persons", str(samples / "guru-tk-muslimat.xlsx"), "--unit",
            "PAC Muslimat NU Sooko", "--reference", REFERENCE)
    complete_mother_names(db_path)
    cli(db_path, "batch", "create", "--unit", "PAC Muslimat NU Sooko", "--period", "11-2026")
    number = batch_number(db_path)
    if number:
        problems = cli(db_path, "batch", "check", number, may_fail=True)
        # the guide's batch holds the persons whose data is complete; the others are left out
        left_out = re.findall(r"\((\d{16})\):", problems)
        if left_out:
            cli(db_path, "batch", "remove", number, *[arg for nik in left_out for arg in ("--nik", nik)])
            cli(db_path, "batch", "check", number)
        export_dir = work / "ekspor"
        export_dir.mkdir()
        cli(db_path, "batch", "export", number, str(export_dir))
        if (samples / "jawaban-kantor-cabang.xlsx").exists():
            cli(db_path, "batch", "answer", number, str(samples / "jawaban-kantor-cabang.xlsx"))
    for kind, extra in (("pks", []), ("form", ["--unit", "PAC Muslimat NU Sooko"])):
        target = work / f"{kind}.pdf"
        cli(db_path, "print", kind, "--out", str(target), *extra)
        if target.exists():
            made[kind] = target
    return made


def pdf_first_page(pdf: Path, name: str, work: Path) -> None:
    if not shutil.which("pdftoppm"):
        print("  (pdftoppm not installed: no document preview)")
        return
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(work / name)], check=True)
    from PySide6.QtGui import QImage
    page = next(work.glob(f"{name}*.png"))
    save(QImage(str(page)), name, width=500)


DIALOGS = (  # (menu action, image): the dialog each opens, shot and then cancelled
    ("act_import", "dialog-impor"), ("act_print_forms", "dialog-formulir"), ("act_print_pks", "dialog-pks"),
    ("act_batch_new", "dialog-batch-baru"), ("act_batch_export", "dialog-ekspor-batch"),
    ("act_batch_answer", "dialog-jawaban"), ("act_restore", "dialog-pulihkan"),
)


def shoot_dialog(window, action_name: str, image: str) -> None:  # noqa: ANN001
    """Trigger the action, photograph the dialog it opens, cancel it (a documentation tool, so
    it may spin its own event loop)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QDialog

    action = window.findChild(QAction, action_name)
    if action is None or not action.isEnabled():
        print(f"  ({action_name}: not in this version)")
        return

    def dialog_now():  # noqa: ANN202
        modal = QApplication.activeModalWidget()
        if modal is not None:
            return modal
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QDialog) and w.isVisible() and w is not window), None)

    def grab_and_close() -> None:
        dialog = dialog_now()
        if dialog is not None:
            save(dialog, image)
            dialog.reject()

    QTimer.singleShot(800, grab_and_close)
    action.trigger()  # returns when a modal dialog was closed, or at once for a modeless one
    loop = QEventLoop()
    QTimer.singleShot(1200, loop.quit)
    loop.exec()


def shoot_merge(window, db) -> None:  # noqa: ANN001
    """The merge dialog on two records with the same name (select both rows, then the action)."""
    from PySide6.QtCore import QItemSelectionModel
    from sqlalchemy import func, select

    from desktop.models import Person
    with db.read() as session:
        key = session.scalar(select(Person.name_key).where(Person.deleted_at.is_(None)).group_by(Person.name_key)
                             .having(func.count() > 1).limit(1))
    if key is None:
        print("  (no two records with one name: no merge shot)")
        return
    page = window.roster
    window.show_page("orang")
    page.filters.search.setText(key)
    window.jobs.wait(30_000)
    with db.read() as session:
        ids = list(session.scalars(select(Person.id).where(Person.name_key == key).order_by(Person.id).limit(2)))
    page.table.clearSelection()
    for pid in ids:
        row = page.model.row_of(pid)
        if row is not None:
            page.table.selectionModel().select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                               | QItemSelectionModel.SelectionFlag.Rows)
    shoot_dialog(window, "act_merge_persons", "dialog-gabung")
    page.filters.search.clear()


def shoot_window(db) -> None:  # noqa: ANN001
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow
    from desktop.ui.preferences.dialog import SettingsDialog
    window = MainWindow(db)
    window.resize(1100, 700)
    window.show()
    app = QApplication.instance()
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        page = window.pages.widget(index)
        if hasattr(page, "refresh"):
            page.refresh()
        window.jobs.wait(30_000)
        app.sendPostedEvents()
        save(window, "halaman-" + page.objectName().removeprefix("page_"))
    window.pages.setCurrentIndex(0)
    for key, menu in window.menus.items():
        menu.popup(window.mapToGlobal(QPoint(20, 30)))
        save(menu, f"menu-{key}", width=500)
        menu.hide()
    for action_name, image in DIALOGS:
        shoot_dialog(window, action_name, image)
    shoot_merge(window, db)
    dialog = SettingsDialog(window)
    dialog.show()
    save(dialog, "pengaturan-organisasi")
    dialog.sections.setCurrentRow(dialog.sections.count() - 1)
    save(dialog, "pengaturan-lainnya")
    dialog.reject()
    window.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "samples")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="jamsos-docs-") as folder:
        work = Path(folder)
        os.environ["JAMSOS_DATA_DIR"] = str(work / "data")
        from PySide6.QtCore import QSettings

        from desktop.db import open_database
        from desktop.ui import i18n
        from desktop.ui.application import configure_application
        configure_application()
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # keep the real per-PC preferences untouched
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qsettings"))
        i18n.install("id")
        from desktop.ui import messages
        messages.answer_hook = lambda kind, text: False  # decline every question: the shots change nothing
        IMG.mkdir(parents=True, exist_ok=True)
        for old in IMG.glob("*.png"):
            old.unlink()
        db_path = work / "jamsos.sqlite"
        db = open_database(db_path)
        fill_wizard(db)
        db.close()  # the CLI takes the write lock per command
        documents = fill_data(db_path, args.samples, work)
        for kind, pdf in documents.items():
            pdf_first_page(pdf, f"dokumen-{kind}", work)
        documents_dir = work / "Dokumen"  # what file dialogs show: the files a clerk has, not this checkout
        documents_dir.mkdir()
        for sample in sorted(args.samples.glob("*.xlsx")):
            shutil.copy(sample, documents_dir)
        os.chdir(documents_dir)
        db = open_database(db_path)
        shoot_window(db)
        db.close()
        os.chdir(ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
