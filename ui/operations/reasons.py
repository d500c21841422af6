"""The win and lost reason lists through the one door (`ui.operations.core`):
saving the edited lists is one transaction and one undo step; reports, deal
cards and the close dialogs read them, so every screen is told."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from funnel.pipeline.reason_edits import (
    ReasonsEdit,
    edit_reasons,
    redo_reasons_edit,
    undo_reasons_edit,
)
from funnel.pipeline.reasons import ReasonPlan
from funnel.store.models import ReasonKind
from ui.operations.core import EVERYTHING, Op


def edit_reasons_op(plans: Mapping[ReasonKind, Sequence[ReasonPlan]]) -> Op[ReasonsEdit]:
    return Op(
        QCoreApplication.translate("Actions", "Edit win and lost reasons"),
        edit_reasons,
        ({kind: tuple(plan) for kind, plan in plans.items()},),
        changes=EVERYTHING,
        undo=undo_reasons_edit,
        redo=redo_reasons_edit,
    )
