"""Importing data from other tools' exports: read a CSV table
(`funnel.imports.csvfile`), plan what it would create and check every row
(`plan_import`), then write the plan in one transaction (`apply_import`)."""

from funnel.imports.csvfile import CsvFormat, CsvTable, RowError, read_csv, sniff_file
from funnel.imports.dates import DateFormatError, parse_date, parse_datetime
from funnel.imports.deals import (
    FIELDS,
    ImportCancelled,
    ImportOptions,
    ImportPlan,
    ImportResult,
    NewStage,
    PlannedDeal,
    apply_import,
    auto_map,
    merge_mapping,
    plan_import,
)

__all__ = [
    "FIELDS",
    "CsvFormat",
    "CsvTable",
    "DateFormatError",
    "ImportCancelled",
    "ImportOptions",
    "ImportPlan",
    "ImportResult",
    "NewStage",
    "PlannedDeal",
    "RowError",
    "apply_import",
    "auto_map",
    "merge_mapping",
    "parse_date",
    "parse_datetime",
    "plan_import",
    "read_csv",
    "sniff_file",
]
