"""The campaign outcome in the Done dialog: shown only when the follow-up is
a campaign's call, so finishing it also tells the campaign how it went."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout

from funnel.customers.campaigns import campaign_of_activity
from ui.context import AppContext


def status_names() -> dict[str, str]:
    return {
        "contacted": QCoreApplication.translate("CampaignOutcome", "Talked, no decision yet"),
        "no_answer": QCoreApplication.translate("CampaignOutcome", "No answer"),
        "refused": QCoreApplication.translate("CampaignOutcome", "Refused"),
        "bought": QCoreApplication.translate("CampaignOutcome", "Bought"),
    }


def campaign_outcome_box(ctx: AppContext, activity_id: int, form: QFormLayout) -> QComboBox | None:
    """Add the outcome choice to the form when the activity belongs to a campaign."""
    found = ctx.read(campaign_of_activity, activity_id)
    if found is None:
        return None
    box = QComboBox()
    box.setObjectName("campaignOutcome")
    for key, label in status_names().items():
        box.addItem(label, key)
    label = QCoreApplication.translate("CampaignOutcome", "Campaign “%1”").replace("%1", found[1])
    box.setToolTip(label)
    form.addRow(QCoreApplication.translate("CampaignOutcome", "Result"), box)
    return box
