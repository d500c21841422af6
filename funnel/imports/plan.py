"""What an import will do, as plain data: the options a person chose, the
plan `plan_import` makes from a file, and the result `apply_import` reports."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import NamedTuple

from funnel.customers.matching import Additions, PlannedClient
from funnel.errors import FunnelError
from funnel.imports.csvfile import RowError

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class ImportCancelled(FunnelError):
    """The person cancelled a running import; the transaction is rolled back."""


@dataclass(frozen=True)
class ImportOptions:
    """How to read the rows. `pipeline`: where deals go when the file has no
    pipeline column (default: the first sales pipeline). `stage_map`: a stage
    name as written in the file → the id of an existing stage to use instead of
    creating one. `timezone`: the zone the file's times are in (None: UTC)."""

    pipeline: str | None = None
    stage_map: Mapping[str, int] = field(default_factory=dict)
    won_words: tuple[str, ...] = ()
    lost_words: tuple[str, ...] = ()
    currency: str | None = None
    timezone: tzinfo | None = None
    skip_bad_rows: bool = False
    region: str | None = None  # where national phone numbers are read (default: the profile's)
    # "day-first" / "month-first" for 03/04/2026; None: as the file shows
    # (a day above 12), else `locale_date_order`, and the plan says so.
    date_order: str | None = None
    locale_date_order: str = "day-first"


class PlannedDeal(NamedTuple):
    """One row ready to be written. Pipelines, stages, clients and owners are
    referred to by their folded names (keys of the plan's dictionaries), so a
    plan stays valid in another session. A missing moment is filled in when the
    plan is written: created → the moment of the import, stage entered →
    created, closed → stage entered. `closed_on` is the closing day as the file
    gives it (in its own time zone), for the Purchase of a won deal."""

    line: int
    title: str
    client: int | None  # an existing client's id, or -1 - i for the plan's i-th new client
    value_cents: int
    currency: str
    pipeline: str
    stage: str
    status: str
    owner: str | None
    created_at: datetime | None
    stage_entered_at: datetime | None
    closed_at: datetime | None
    closed_on: date | None


class NewStage(NamedTuple):
    pipeline: str
    name: str
    first_line: int


@dataclass(frozen=True)
class ImportPlan:
    file: str
    rows: int
    mapping: Mapping[str, str]
    pipeline: str
    deals: tuple[PlannedDeal, ...]
    errors: tuple[RowError, ...]
    pipelines: Mapping[str, str]  # key → name, every pipeline a deal goes to
    stages: Mapping[tuple[str, str], str]  # (pipeline key, stage key) → name
    people: tuple[PlannedClient, ...]  # the clients the import creates
    client_additions: Mapping[int, Additions]  # phones and e-mails existing clients lacked
    matched_clients: int
    owners: Mapping[str, str]
    new_pipelines: tuple[str, ...]
    new_stages: tuple[NewStage, ...]
    new_owners: tuple[str, ...]
    by_status: Mapping[str, int]
    unknown_statuses: tuple[str, ...]
    skip_bad_rows: bool = False
    currency: str | None = None  # of rows that do not name theirs
    date_order: str = "day-first"  # how 03/04/2026 was read
    dates_ambiguous: bool = False  # the file could not tell: the locale's order was used

    @property
    def new_clients(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.people)

    @property
    def can_apply(self) -> bool:
        return bool(self.deals) and (not self.errors or self.skip_bad_rows)

    def as_json(self) -> dict:
        return {
            "file": self.file,
            "rows": self.rows,
            "mapping": dict(self.mapping),
            "pipeline": self.pipeline,
            "deals": len(self.deals),
            "by_status": dict(self.by_status),
            "currency": self.currency,
            "new_clients": len(self.people),
            "matched_clients": self.matched_clients,
            "new_owners": list(self.new_owners),
            "new_pipelines": list(self.new_pipelines),
            "new_stages": [{"pipeline": s.pipeline, "name": s.name} for s in self.new_stages],
            "errors": [{"line": e.line, "message": e.message} for e in self.errors],
            "date_order": self.date_order,
            "dates_ambiguous": self.dates_ambiguous,
        }


@dataclass(frozen=True)
class ImportResult:
    deals: int
    new_clients: int
    matched_clients: int
    new_owners: int
    new_stages: int
    new_pipelines: int
    purchases: int
    by_status: Mapping[str, int]
    skipped: int

    def as_json(self) -> dict:
        return {
            "deals": self.deals,
            "new_clients": self.new_clients,
            "matched_clients": self.matched_clients,
            "new_owners": self.new_owners,
            "new_stages": self.new_stages,
            "new_pipelines": self.new_pipelines,
            "purchases": self.purchases,
            "by_status": dict(self.by_status),
            "skipped": self.skipped,
        }
