"""Today narrowed to the pipeline chosen in the toolbar."""

from datetime import timedelta

from funnel.deals.service import create_deal
from funnel.followups.activities import add_activity
from funnel.followups.agenda import agenda
from funnel.pipeline.parking import park_deal
from funnel.pipeline.pipelines import create_pipeline
from tests.factories import make_deal, sales


def call(session, now, today, subject, deal_id=None, client_id=None):
    return add_activity(
        session, kind="call", subject=subject, due_date=today, deal_id=deal_id,
        client_id=client_id, now=now,
    )  # fmt: skip


def test_one_pipelines_agenda_keeps_its_deals_returning_ones_and_deal_less_calls(
    session, now, today
):
    current = sales(session).id
    wholesale = create_pipeline(session, "Wholesale", stages=["Request"]).id
    call(session, now, today, "Retail call", make_deal(session, now, "Kitchen"))
    pallets = create_deal(session, title="Pallets", pipeline_id=wholesale, now=now)
    call(session, now, today, "Wholesale call", pallets)
    parked = make_deal(session, now - timedelta(days=40), "Solar panels")
    park_deal(session, parked, today=today - timedelta(days=35), now=now, months=1)
    make_deal(session, now - timedelta(days=30), "Slow one")  # stalled in Current sales
    everything = agenda(session, today=today)
    mine = agenda(session, today=today, pipeline_id=current)
    theirs = agenda(session, today=today, pipeline_id=wholesale)

    assert sorted(line.subject for line in everything.due_today) == [
        "Retail call", "Wholesale call",
    ]  # fmt: skip
    assert [line.subject for line in mine.due_today] == ["Retail call"]
    assert mine.counts.today == 1
    assert [d.title for d in mine.returning] == ["Solar panels"]  # comes back to it
    assert mine.counts.returning == 1
    assert [d.title for d in mine.stalled] == ["Slow one"]
    assert [line.subject for line in theirs.due_today] == ["Wholesale call"]
    assert theirs.returning == () and theirs.stalled == ()
    assert (theirs.counts.returning, theirs.counts.stalled) == (0, 0)
