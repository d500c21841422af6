"""What a new database starts with, in the user's language.

Pipeline and stage names are data the user edits, not UI strings, so they are
written once in the language the app runs in rather than translated on screen.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from funnel.languages import normalize_language
from funnel.store.models import (
    CloseReason,
    Owner,
    Pipeline,
    PipelineKind,
    ReasonKind,
    Setting,
    Stage,
)

# (name, rot_days, probability): a lead untouched for a week is going cold; a
# proposal may reasonably sit two weeks while the client decides.
_SALES_STAGES = {
    "en": [
        ("New lead", 3, 10),
        ("Contact made", 7, 20),
        ("Needs identified", 10, 40),
        ("Proposal sent", 14, 60),
        ("Negotiation", 14, 80),
    ],
    "ru": [
        ("Новый лид", 3, 10),
        ("Контакт установлен", 7, 20),
        ("Потребность выявлена", 10, 40),
        ("КП отправлено", 14, 60),
        ("Переговоры", 14, 80),
    ],
    "pt_BR": [
        ("Novo lead", 3, 10),
        ("Contato feito", 7, 20),
        ("Necessidade identificada", 10, 40),
        ("Proposta enviada", 14, 60),
        ("Negociação", 14, 80),
    ],
}

_FUTURE_STAGES = {
    "en": [("Parked", None, 5)],
    "ru": [("Отложено", None, 5)],
    "pt_BR": [("Adiado", None, 5)],
}

_PIPELINES = {
    "en": ("Current sales", "Future sales", "Me"),
    "ru": ("Текущие продажи", "Будущие продажи", "Я"),
    "pt_BR": ("Vendas atuais", "Vendas futuras", "Eu"),
}

_LOST_REASONS = {
    "en": ["Price too high", "Chose a competitor", "No budget", "No response", "Not a fit"],
    "ru": ["Дорого", "Выбрал конкурента", "Нет бюджета", "Не отвечает", "Не наш клиент"],
    "pt_BR": [
        "Preço alto",
        "Escolheu um concorrente",
        "Sem orçamento",
        "Sem resposta",
        "Não é o perfil",
    ],
}

# Why a deal was won: what the salesperson did right, to do it again.
_WIN_REASONS = {
    "en": ["Good price", "Right product", "Trust in us", "Quick answer", "Recommended to them"],
    "ru": ["Хорошая цена", "Подошёл продукт", "Доверие", "Быстрый ответ", "По рекомендации"],
    "pt_BR": ["Bom preço", "Produto certo", "Confiança", "Resposta rápida", "Indicação"],
}

_CURRENCY = {"en": "USD", "ru": "RUB", "pt_BR": "BRL"}


def seed_defaults(session: Session, *, language: str = "en") -> None:
    lang = normalize_language(language)
    sales_name, future_name, owner_name = _PIPELINES[lang]
    session.add(Owner(name=owner_name, is_default=True))
    sales = Pipeline(name=sales_name, kind=PipelineKind.SALES.value, position=0)
    sales.stages = [
        Stage(name=n, position=i, rot_days=r, probability=p)
        for i, (n, r, p) in enumerate(_SALES_STAGES[lang])
    ]
    future = Pipeline(name=future_name, kind=PipelineKind.FUTURE.value, position=1)
    future.stages = [
        Stage(name=n, position=i, rot_days=r, probability=p)
        for i, (n, r, p) in enumerate(_FUTURE_STAGES[lang])
    ]
    session.add_all([sales, future])
    session.add_all(reason_rows(ReasonKind.LOST, _LOST_REASONS[lang]))
    session.add_all(reason_rows(ReasonKind.WON, _WIN_REASONS[lang]))
    session.add(Setting(key="default_currency", value=_CURRENCY[lang]))
    session.flush()


def reason_rows(kind: ReasonKind, texts: list[str]) -> list[CloseReason]:
    return [CloseReason(kind=kind, text=t, position=i, retired=False) for i, t in enumerate(texts)]
