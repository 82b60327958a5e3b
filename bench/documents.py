"""Benchmark: documents. 1,000 enrolment forms from a roster of n persons ≤ 5 s on this 2-core
machine, and cost linear in pages: 1,000 forms against ten times the cost of 100 forms measured in
the same run (the fixed parts are drawn once, so the per-page cost must not grow)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bench.data import make_database
from bench.harness import Result, best_of
from desktop.documents import agreement, form, roster_list
from desktop.documents.scope import Scope
from desktop.roster import queries


def run(n: int = 100_000) -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        os.environ.setdefault("JAMSOS_DATA_DIR", str(folder / "data"))
        db = make_database(folder / "bench.sqlite", n)
        try:
            with db.read() as session:
                ids = queries.person_ids(session, queries.PersonFilter(), "name", limit=1000)
            options = form.FormOptions()

            def forms(count: int):
                return lambda: form.print_forms(db, Scope(ids=ids[:count]), folder / f"forms{count}.pdf", options)

            t1000 = best_of(forms(1000), repeat=2)
            t100 = best_of(forms(100), repeat=3)
            t_plain, t_logo = _with_and_without_logo(db, forms(1000), folder)
            t_roster = best_of(lambda: roster_list.print_roster(db, Scope(ids=ids), folder / "roster.pdf"), repeat=1)
            t_pks = best_of(lambda: agreement.print_pks(db, folder / "pks.pdf"), repeat=1)
            size = (folder / "forms1000.pdf").stat().st_size / 1e6
        finally:
            db.close()
    return [
        Result("1.000 formulir pendaftaran (PDF)", t1000, goal="≤ 5 s", limit=5.0,
               note=f"roster {n:,} orang; PDF {size:.1f} MB".replace(",", ".")),
        Result("1.000 formulir vs 10 × 100 formulir", t1000, baseline=10 * t100, goal="≤ 1,3×", limit=1.3,
               note="biaya sebanding jumlah halaman"),
        Result("1.000 formulir dengan logo vs tanpa logo", t_logo, baseline=t_plain, goal="≤ 1,1×", limit=1.1,
               note="logo PNG 600 × 600 piksel, dibaca dan diperkecil sekali per dokumen"),
        Result("Daftar peserta 1.000 orang (disamarkan)", t_roster, goal="≤ 5 s", limit=5.0),
        Result(f"PKS dengan lampiran lembaga dan iuran ({n:,} orang)".replace(",", "."), t_pks, goal="≤ 10 s",
               limit=10.0, note="iuran dihitung per profil (GROUP BY), bukan per orang"),
    ]


def _with_and_without_logo(db, print_forms, folder: Path) -> tuple[float, float]:
    """Best of five each, in turns (single runs on this machine vary by a tenth)."""
    from PIL import Image, ImageDraw

    from desktop import settings
    logo = folder / "logo.png"
    image = Image.new("RGBA", (600, 600), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((10, 10, 590, 590), fill=(31, 111, 67, 255))
    image.save(logo)
    times: dict[str, list[float]] = {"": [], str(logo): []}
    for _ in range(5):
        for path, runs in times.items():
            with db.write() as session:
                settings.save(session, logo_path=path)
            runs.append(best_of(print_forms, repeat=1))
    with db.write() as session:
        settings.save(session, logo_path="")
    return min(times[""]), min(times[str(logo)])
