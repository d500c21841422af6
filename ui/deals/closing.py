"""What a close asks before it happens, for every screen that closes deals
(board, deal card, clean-up): the reasons offered, in the user's order, and
how many open follow-ups the deal(s) have, read once."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtWidgets import QWidget

from funnel.followups.cancelling import open_followup_total
from funnel.pipeline.reasons import list_lost_reasons, list_win_reasons
from ui.context import AppContext
from ui.deals.lost_reason_dialog import LostReasonDialog, WonDialog


def lost_dialog(
    ctx: AppContext, deal_ids: Collection[int], title: str | None, parent: QWidget
) -> LostReasonDialog:
    return LostReasonDialog(
        ctx.read(list_lost_reasons),
        title,
        parent,
        followups=ctx.read(open_followup_total, list(deal_ids)),
        deals=len(deal_ids),
    )


def won_dialog(
    ctx: AppContext, deal_ids: Collection[int], title: str | None, parent: QWidget
) -> WonDialog | None:
    """None when there is nothing to ask: no win reasons, no open follow-ups."""
    reasons = ctx.read(list_win_reasons)
    count = ctx.read(open_followup_total, list(deal_ids))
    if not reasons and not count:
        return None
    return WonDialog(reasons, title, parent, followups=count, deals=len(deal_ids))


def followups_of(ctx: AppContext, deal_ids: Collection[int]) -> int:
    return ctx.read(open_followup_total, list(deal_ids))
