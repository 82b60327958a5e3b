"""Operations on the contribution rate tables (rows with validity dates: a regulation change is new rows)."""
from __future__ import annotations

from desktop import rate_tables
from desktop.db import Database
from desktop.domain import rates as rate_rules
from desktop.operations import Changes, OpResult, one_write

RATES = Changes(rates=True, audit=True)


def add_rate(db: Database, row: rate_rules.RateRow, *, retroactive: bool = False) -> OpResult[rate_tables.Added]:
    """A rate row from its month on; the same older row is closed the day before."""
    with one_write(db) as session:
        added = rate_tables.add_rate(session, row, retroactive=retroactive)
    return OpResult(added, RATES)


def add_bracket(db: Database, bracket: rate_rules.BracketRow, *,
                retroactive: bool = False) -> OpResult[rate_tables.Added]:
    """A BPU income bracket from its month on."""
    with one_write(db) as session:
        added = rate_tables.add_bracket(session, bracket, retroactive=retroactive)
    return OpResult(added, RATES)


def correct_bracket(db: Database, bracket_id: int, corrected: rate_rules.BracketRow) -> OpResult[int]:
    """Put one bracket row right (e.g. a weak row with the Kantor Cabang's figures)."""
    with one_write(db) as session:
        rate_tables.correct_bracket(session, bracket_id, corrected)
    return OpResult(bracket_id, RATES)
