"""Operations on claims (JKK, JKM, JHT, JP cases of the organisation's persons)."""
from __future__ import annotations

from desktop import claims
from desktop.db import Database
from desktop.operations import Changes, OpResult, one_write

CLAIMS = Changes(claims=True, audit=True)


def add(db: Database, data: claims.ClaimData) -> OpResult[int]:
    """Record a claim; the value is its id."""
    with one_write(db) as session:
        claim_id = claims.add_claim(session, data)
    return OpResult(claim_id, CLAIMS)


def update(db: Database, claim_id: int, data: claims.ClaimData) -> OpResult[int]:
    with one_write(db) as session:
        claims.update_claim(session, claim_id, data)
    return OpResult(claim_id, CLAIMS)


def delete(db: Database, claim_id: int) -> OpResult[None]:
    with one_write(db) as session:
        claims.delete_claim(session, claim_id)
    return OpResult(None, CLAIMS)
