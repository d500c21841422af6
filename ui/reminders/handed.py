"""The words of a hand-over notice: "Boris handed you “Clinic CRM” (3 open
follow-ups)", shown once as a desktop message (see `notifier`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from funnel.deals.handed_notices import HandedNotice


class HandedNotices(QObject):
    """The translation context "HandedNotices" (plural texts are written
    `HandedNotices.tr("…%n…", None, n)`, which lupdate reads)."""


def handed_line(notice: HandedNotice) -> str:
    if notice.by:
        text = HandedNotices.tr("%1 handed you “%2”").replace("%1", notice.by)
    else:
        text = HandedNotices.tr("“%2” was handed to you")
    text = text.replace("%2", notice.title)
    if notice.open_followups:
        steps = HandedNotices.tr("%n open follow-up(s)", None, notice.open_followups)
        text = HandedNotices.tr("%1 (%2)").replace("%1", text).replace("%2", steps)
    return text


def handed_title(notices: Sequence[HandedNotice]) -> str:
    return HandedNotices.tr("%n deal(s) handed to you", None, len(notices))
