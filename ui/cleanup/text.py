"""Words the clean-up screens share, translated in one context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from funnel.cleanup.checklist import CheckKey, FieldGap
from funnel.store.models import ReviewReason


class Cleanup(QObject):
    """The translation context "Cleanup". Texts with a count are written
    `Cleanup.tr("…%n…", None, n)`: lupdate reads the plural forms of tr() calls
    only, not of QCoreApplication.translate(…, n)."""


def kind_name(kind: str) -> str:
    return {
        "call": QCoreApplication.translate("Cleanup", "Call"),
        "email": QCoreApplication.translate("Cleanup", "E-mail"),
        "meeting": QCoreApplication.translate("Cleanup", "Meeting"),
        "task": QCoreApplication.translate("Cleanup", "Task"),
    }.get(kind, kind)


def check_question(key: CheckKey) -> str:
    return {
        CheckKey.NOTES: QCoreApplication.translate("Cleanup", "Notes made since the last contact"),
        CheckKey.LOGGED: QCoreApplication.translate("Cleanup", "The contact logged as an activity"),
        CheckKey.NEXT_STEP: QCoreApplication.translate("Cleanup", "A reminder or next task set"),
        CheckKey.FIELDS: QCoreApplication.translate(
            "Cleanup", "Stage, value and expected close filled in"
        ),
    }[key]


def gap_text(gap: FieldGap) -> str:
    return {
        FieldGap.VALUE: QCoreApplication.translate("Cleanup", "no value"),
        FieldGap.CLOSE: QCoreApplication.translate("Cleanup", "no expected close"),
        FieldGap.CLOSE_PASSED: QCoreApplication.translate("Cleanup", "expected close has passed"),
    }[gap]


def reason_text(reason: str, days_over: int = 0) -> str:
    if reason == ReviewReason.STALLED:
        return Cleanup.tr("Stalled · %n day(s) over", None, days_over)
    return {
        ReviewReason.NO_NEXT_STEP: QCoreApplication.translate("Cleanup", "No next step"),
        ReviewReason.RETURNING: QCoreApplication.translate("Cleanup", "Back from Future sales"),
    }.get(reason, "")


def weekday_name(weekday: int) -> str:
    """Monday … Sunday in the user's language (0 = Monday)."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)
