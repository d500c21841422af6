"""Named actions on repeat-sales campaigns: create one (an undo step that
removes it with its calls not yet made), build the due rounds, mark members,
save the matrix settings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from funnel.customers import campaigns, segments
from funnel.customers.campaigns import CampaignSpec, RoundBuilt
from funnel.customers.segments import SegmentSettings
from ui.context import AppContext, Changes

CHANGES = Changes(activities=True)


class _CreateCommand(QUndoCommand):
    def __init__(self, actions: CampaignActions, spec: CampaignSpec, built: RoundBuilt) -> None:
        super().__init__(QCoreApplication.translate("CampaignActions", "Create campaign"))
        self._actions = actions
        self._spec = spec
        self.built = built
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        self.built = self._actions.write_create(self._spec)
        self._done = True

    def undo(self) -> None:
        self._actions.ctx.write(campaigns.cancel_campaign, self.built.campaign_id, changes=CHANGES)
        self._done = False


class CampaignActions:
    def __init__(self, ctx: AppContext, undo_stack: QUndoStack | None = None) -> None:
        self.ctx = ctx
        self.undo_stack = undo_stack

    def write_create(self, spec: CampaignSpec) -> RoundBuilt:
        return self.ctx.write(
            campaigns.create_campaign, spec, today=self.ctx.today(), now=self.ctx.now(),
            changes=CHANGES,
        )  # fmt: skip

    def create(self, spec: CampaignSpec) -> RoundBuilt:
        built = self.write_create(spec)
        if self.undo_stack is not None:
            self.undo_stack.push(_CreateCommand(self, spec, built))
        return built

    def cancel(self, campaign_id: int) -> int:
        return self.ctx.write(campaigns.cancel_campaign, campaign_id, changes=CHANGES)

    def run_due(self) -> list[RoundBuilt]:
        return self.ctx.write(
            campaigns.run_due_rounds, today=self.ctx.today(), now=self.ctx.now(), changes=CHANGES
        )

    def mark(self, campaign_id: int, client_ids: list[int], status: str) -> int:
        return self.ctx.write(
            campaigns.mark_members, campaign_id, client_ids, status, now=self.ctx.now(),
            changes=CHANGES,
        )  # fmt: skip

    def save_settings(self, settings: SegmentSettings) -> SegmentSettings:
        return self.ctx.write(
            segments.save_segment_settings, settings, changes=Changes(clients=frozenset())
        )
