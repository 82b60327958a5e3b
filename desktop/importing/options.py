"""What the clerk chose for an import (the wizard's answers, the CLI's flags)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class ImportOptions:
    sheets: list[str] | None = None  # None: the first sheet and every sheet with the same header row
    mappings: dict[str, dict[int, str]] = field(default_factory=dict)  # sheet → corrected mapping
    policy: str = "skip"  # skip / fill / overwrite, for rows that match a record in the DB
    allow_no_nik: bool = False  # import rows without NIK as "belum ber-NIK"
    unit_id: int | None = None  # unit for rows that name none (and whose region names none)
    reference: dt.date | None = None  # "today" for ages and two-digit years
