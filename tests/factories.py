"""Small builders for test data, so each test states only what it cares about."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from funnel.customers.clients import create_client
from funnel.deals.service import create_deal
from funnel.pipeline.pipelines import PipelineInfo, first_pipeline


def sales(session: Session) -> PipelineInfo:
    return first_pipeline(session)


def stage_id(session: Session, name: str) -> int:
    stage = sales(session).stage_named(name)
    assert stage is not None, name
    return stage.id


def make_deal(
    session: Session,
    now: datetime,
    title: str = "Website redesign",
    *,
    stage: str | None = None,
    value: str | int = 1000,
    client: str | None = "Anna Ivanova",
    **kw,
) -> int:
    client_id = create_client(session, name=client, now=now) if client else None
    return create_deal(
        session,
        title=title,
        now=now,
        stage_id=stage_id(session, stage) if stage else None,
        client_id=client_id,
        value=value,
        **kw,
    )
