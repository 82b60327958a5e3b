"""Reference data shipped in resources/data: regions, postal codes, occupations, rates, brackets.

Loaded into the DB by migration 0002 (and by `reseed` when a newer shipped table should replace
an older one). Rows are plain dicts so migrations do not depend on today's ORM classes.
"""
from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from desktop import paths

# Project occupation codes (101+) map to a Dukcapil code for exports (organisation.md §5);
# 104 and 107 have no obvious equivalent and are left for the user to map.
DEFAULT_EXPORT_CODES = {"101": "65", "102": "65", "105": "65", "106": "65", "103": "45"}


def _rows(name: str) -> Iterator[dict[str, str]]:
    with open(paths.resource("data", name), encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def region_rows() -> list[dict]:
    postal = {r["code"]: r["postal_code"] for r in _rows("postal_codes.csv")}
    return [{"code": r["code"], "level": r["level"], "name": r["name"], "parent_code": r["parent"] or None,
             "postal_code": postal.get(r["code"])} for r in _rows("regions.csv")]


def occupation_rows() -> list[dict]:
    return [{"code": r["code"], "name": r["name"], "certainty": r["certainty"], "source": r["source"],
             "export_code": DEFAULT_EXPORT_CODES.get(r["code"], r["code"] if int(r["code"]) < 100 else None)}
            for r in _rows("occupations.csv")]


def rate_rows() -> list[dict]:
    return [{"programme": r["programme"], "segment": r["segment"], "component": r["component"],
             "basis": r["basis"], "value": Decimal(r["value"]),
             "cap_rupiah": int(r["cap_rupiah"]) if r["cap_rupiah"] else None,
             "valid_from": _date(r["valid_from"]), "valid_to": _date(r["valid_to"]),
             "applies_to": r["applies_to"], "legal_basis": r["legal_basis"], "certainty": r["certainty"]}
            for r in _rows("rates.csv")]


def bracket_rows() -> list[dict]:
    def num(text: str) -> int | None:
        return int(text) if text else None
    return [{"valid_from": _date(r["valid_from"]), "valid_to": _date(r["valid_to"]),
             "income_low": num(r["income_low"]), "income_high": num(r["income_high"]),
             "dasar_penghasilan": int(r["dasar_penghasilan"]), "jkk": int(r["jkk"]), "jkm": int(r["jkm"]),
             "jht": int(r["jht"]), "legal_basis": r["legal_basis"], "certainty": r["certainty"],
             "note": r["note"]} for r in _rows("bpu-income-brackets.csv")]


def documents_dir() -> Path:
    return paths.resource("documents")
