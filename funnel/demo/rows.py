"""The rows the demo writes: one tuple per row, columns in the order below
(the models' order), values in SQLite storage form (see `funnel.demo.writer`)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

CLIENT_COLUMNS = (
    "id", "name", "company", "source", "tags", "temperature", "birthday", "referred_by_id",
    "owner_id", "notes", "custom_fields", "created_at", "archived", "search_text",
)  # fmt: skip
CONTACT_COLUMNS = ("client_id", "kind", "value", "search", "label", "normalized")
DEAL_COLUMNS = (
    "id", "title", "client_id", "value_cents", "currency", "pipeline_id", "stage_id", "status",
    "owner_id", "expected_close", "created_at", "stage_entered_at", "closed_at", "lost_reason",
    "return_on", "return_pipeline_id", "return_stage_id", "search_text",
)  # fmt: skip
CHANGE_COLUMNS = (
    "deal_id", "kind", "from_pipeline_id", "from_stage_id", "to_pipeline_id", "to_stage_id",
    "from_stage_name", "to_stage_name", "from_status", "to_status", "changed_at", "reason",
)  # fmt: skip
ACTIVITY_COLUMNS = (
    "kind", "subject", "deal_id", "client_id", "owner_id", "due_date", "due_time", "notes",
    "rrule", "rrule_start", "done_at", "outcome", "created_at",
)  # fmt: skip
NOTE_COLUMNS = ("deal_id", "client_id", "body", "created_at")
PURCHASE_COLUMNS = ("client_id", "deal_id", "purchased_on", "amount_cents", "currency")

# Table, columns of its rows; in foreign-key order, the order they are written in.
TABLES = (
    ("client", CLIENT_COLUMNS),
    ("client_contact", CONTACT_COLUMNS),
    ("deal", DEAL_COLUMNS),
    ("stage_change", CHANGE_COLUMNS),
    ("activity", ACTIVITY_COLUMNS),
    ("note", NOTE_COLUMNS),
    ("purchase", PURCHASE_COLUMNS),
)


@dataclass
class Rows:
    """Rows waiting to be written, per table."""

    client: list[tuple] = field(default_factory=list)
    client_contact: list[tuple] = field(default_factory=list)
    deal: list[tuple] = field(default_factory=list)
    stage_change: list[tuple] = field(default_factory=list)
    activity: list[tuple] = field(default_factory=list)
    note: list[tuple] = field(default_factory=list)
    purchase: list[tuple] = field(default_factory=list)

    def of(self, table: str) -> list[tuple]:
        return getattr(self, table)

    def clear(self) -> None:
        for f in fields(self):
            getattr(self, f.name).clear()
