"""Named actions on repeat-sales campaigns: create one (an undo step that
removes it with its calls not yet made), build the due rounds, mark members,
save the matrix settings. All through the operations door."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from funnel.customers import campaigns, segments
from funnel.customers.campaigns import CampaignSpec, RoundBuilt
from funnel.customers.segments import SegmentSettings
from ui.context import AppContext, Changes
from ui.operations.core import Op, run_op, run_write

CHANGES = Changes(activities=True)


class CampaignActions:
    def __init__(self, ctx: AppContext, undo_stack: QUndoStack | None = None) -> None:
        self.ctx = ctx
        self.undo_stack = undo_stack

    def create(self, spec: CampaignSpec) -> RoundBuilt:
        """One undo step: undo cancels the campaign and its calls not yet made;
        redo creates it again from the same choices."""
        today, now = self.ctx.today(), self.ctx.now()
        op = Op(
            QCoreApplication.translate("CampaignActions", "Create campaign"),
            campaigns.create_campaign,
            (spec,),
            {"today": today, "now": now},
            changes=CHANGES,
            undo=campaigns.revert_create,
        )
        return run_op(self.ctx, op, self.undo_stack)

    def cancel(self, campaign_id: int) -> int:
        return run_write(self.ctx, campaigns.cancel_campaign, campaign_id, changes=CHANGES)

    def run_due(self) -> list[RoundBuilt]:
        return run_write(
            self.ctx,
            campaigns.run_due_rounds,
            today=self.ctx.today(),
            now=self.ctx.now(),
            changes=CHANGES,
        )

    def mark(self, campaign_id: int, client_ids: list[int], status: str) -> int:
        return run_write(
            self.ctx, campaigns.mark_members, campaign_id, client_ids, status, now=self.ctx.now(),
            changes=CHANGES,
        )  # fmt: skip

    def save_settings(self, settings: SegmentSettings) -> SegmentSettings:
        return run_write(
            self.ctx, segments.save_segment_settings, settings, changes=Changes(clients=frozenset())
        )
