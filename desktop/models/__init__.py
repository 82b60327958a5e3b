"""The ORM tables. Importing this package registers every table on `Base.metadata`."""
from desktop.models.base import Base, NAMING_CONVENTION, utcnow
from desktop.models.reference import Occupation, Region
from desktop.models.organisation import Institution, OrgUnit, Setting
from desktop.models.person import (PAYERS, PROGRAMMES, SECTORS, SEGMENTS, STATUS_CODES, Enrolment, Heir,
                                   Person)
from desktop.models.batch import BATCH_STATES, ITEM_STATES, Batch, BatchItem, ExportPreset
from desktop.models.rates import BpuBracket, Rate
from desktop.models.records import AuditEntry, Claim, DocumentTemplate, ImportMapping, ImportRun, PrintedDocument
from desktop.models.letters import OutgoingLetter
from desktop.models.counter import Counter

__all__ = [
    "Base", "NAMING_CONVENTION", "utcnow", "Occupation", "Region", "Institution", "OrgUnit", "Setting",
    "PAYERS", "PROGRAMMES", "SECTORS", "SEGMENTS", "STATUS_CODES", "Enrolment", "Heir", "Person",
    "BATCH_STATES", "ITEM_STATES", "Batch", "BatchItem", "ExportPreset", "BpuBracket", "Rate",
    "AuditEntry", "Claim", "DocumentTemplate", "ImportMapping", "ImportRun", "PrintedDocument",
    "OutgoingLetter", "Counter",
]
