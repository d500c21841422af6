"""Starting funnels: trade templates and the stages of another CRM's export."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from funnel.errors import ValidationError
from funnel.imports.csvfile import parse_text
from funnel.pipeline.pipelines import list_pipelines
from funnel.pipeline.templates import (
    TEMPLATE_KEYS,
    TemplateStage,
    apply_funnel,
    stages_from_export,
    template_stages,
)
from funnel.store.models import CloseReason, Owner, ReasonKind
from tests.factories import make_deal


@pytest.mark.parametrize("key", TEMPLATE_KEYS)
@pytest.mark.parametrize("language", ["en", "ru", "pt_BR"])
def test_every_template_has_stages_in_every_language(key, language):
    stages = template_stages(key, language)
    english = template_stages(key, "en")

    assert len(stages) == len(english) >= 4
    assert [(s.rot_days, s.probability) for s in stages] == [
        (s.rot_days, s.probability) for s in english
    ]
    probabilities = [s.probability for s in stages]
    assert probabilities == sorted(probabilities)


def test_retail_in_russian_replaces_the_stages_of_an_empty_english_file(session, now):
    applied = apply_funnel(session, template_stages("retail", "ru"), language="ru", now=now)

    pipelines = {p.kind: p for p in list_pipelines(session)}
    sales = pipelines["sales"]
    assert applied.pipeline_id == sales.id and not applied.created
    assert sales.name == "Текущие продажи"
    assert [s.name for s in sales.stages] == [
        "Новая заявка", "Консультация", "Заказ оформлен", "Оплачен", "Доставка"
    ]  # fmt: skip
    assert sales.stages[0].rot_days == 1
    assert pipelines["future"].name == "Будущие продажи"
    assert [s.name for s in pipelines["future"].stages] == ["Отложено"]
    lost = select(CloseReason.text).where(CloseReason.kind == ReasonKind.LOST)
    assert session.scalars(lost.order_by(CloseReason.position)).first() == "Дорого"
    won = select(CloseReason.text).where(CloseReason.kind == ReasonKind.WON)
    assert session.scalars(won.order_by(CloseReason.position)).first() == "Хорошая цена"
    assert session.query(Owner).filter_by(is_default=True).one().name == "Я"


def test_a_pipeline_holding_deals_is_kept_and_a_new_one_is_made(session, now):
    make_deal(session, now, stage="Proposal sent")
    stages = (TemplateStage("Call", 2, 20), TemplateStage("Visit", 5, 60))

    applied = apply_funnel(session, stages, language="en", now=now, pipeline_name="Shop")

    assert applied.created
    names = {p.name: [s.name for s in p.stages] for p in list_pipelines(session)}
    assert names["Shop"] == ["Call", "Visit"]
    assert "Proposal sent" in names["Current sales"]


def test_the_future_pipeline_is_always_there(session, now):
    future = next(p for p in list_pipelines(session) if p.kind == "future")
    from funnel.pipeline.pipelines import rename_pipeline

    rename_pipeline(session, future.id, "Later")  # the user's own name is kept
    applied = apply_funnel(session, template_stages("b2b", "pt_BR"), language="pt_BR", now=now)

    kinds = [p.kind for p in list_pipelines(session)]
    assert kinds.count("future") == 1
    assert {p.id: p.name for p in list_pipelines(session)}[applied.future_pipeline_id] == "Later"


def test_two_stages_with_one_name_are_refused_and_nothing_changes(session, now):
    before = list_pipelines(session)
    with pytest.raises(ValidationError):
        apply_funnel(
            session, (TemplateStage("A", 1, 10), TemplateStage("a", 1, 20)), language="en", now=now
        )
    assert list_pipelines(session) == before


AMO = (
    "Название сделки;Бюджет ;Воронка;Этап сделки\n"
    "Кухня;100;Основная;Первичный контакт\n"
    "Шкаф;100;Основная;Переговоры\n"
    "Стол;100;Основная;Успешно реализовано\n"
    "Диван;100;Основная;Принимают решение\n"
    "Опт;100;Оптовая;Заявка\n"
    "Кресло;100;Основная;Переговоры\n"
    "Полка;100;Основная;Закрыто и не реализовано\n"
)


def test_an_amocrm_export_gives_the_stages_of_its_main_pipeline_without_outcomes():
    stages = stages_from_export(parse_text(AMO, name="amocrm.csv"))

    assert [s.name for s in stages] == ["Первичный контакт", "Переговоры", "Принимают решение"]
    assert [s.probability for s in stages] == [10, 50, 90]


def test_a_pipedrive_export_is_read_too():
    text = "Deal - Title,Deal - Stage,Deal - Status\nA,Qualified,Open\nB,Demo scheduled,Open\n"
    stages = stages_from_export(parse_text(text, name="deals.csv"))
    assert [s.name for s in stages] == ["Qualified", "Demo scheduled"]


def test_an_export_without_a_stage_column_says_which_columns_it_has():
    with pytest.raises(ValidationError, match=r"no stage column.*Name, Phone"):
        stages_from_export(parse_text("Name,Phone\nAnna,123\n", name="contacts.csv"))


def test_a_second_template_on_a_busy_file_gets_a_free_pipeline_name(session, now):
    make_deal(session, now)

    applied = apply_funnel(session, template_stages("education", "en"), language="en", now=now)

    names = {p.id: p.name for p in list_pipelines(session)}
    assert applied.created and names[applied.pipeline_id] == "Current sales 2"
