"""closing deals: cancelled follow-ups, editable win and lost reasons

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 03:30:00

Activities gain `cancelled_at` and the change that cancelled them; deals gain
a win reason. The fixed `lost_reason` list becomes the `close_reason` table
(kind `lost`, same order), beside default win reasons in the language the
lost reasons are written in. A lost reason deals carry that the list did not
hold is kept as a retired row, so the settings list knows every reason used.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# The defaults of funnel.store.defaults at the time of this revision, copied
# so the migration never changes when the app's defaults do.
_LOST_DEFAULTS = {
    "ru": ["Дорого", "Выбрал конкурента", "Нет бюджета", "Не отвечает", "Не наш клиент"],
    "pt_BR": [
        "Preço alto",
        "Escolheu um concorrente",
        "Sem orçamento",
        "Sem resposta",
        "Não é o perfil",
    ],
}
_WIN_DEFAULTS = {
    "en": ["Good price", "Right product", "Trust in us", "Quick answer", "Recommended to them"],
    "ru": ["Хорошая цена", "Подошёл продукт", "Доверие", "Быстрый ответ", "По рекомендации"],
    "pt_BR": [
        "Bom preço",
        "Produto certo",
        "Confiança",
        "Resposta rápida",
        "Indicação",
    ],
}


def upgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cancelled_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("cancelled_by_change_id", sa.Integer(), nullable=True))
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("win_reason", sa.String(length=300), nullable=True))
    reasons = op.create_table(
        "close_reason",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_close_reason")),
        sa.UniqueConstraint("kind", "text", name="uq_close_reason_kind_text"),
    )
    bind = op.get_bind()
    lost = [
        r[0]
        for r in bind.execute(sa.text("SELECT text FROM lost_reason ORDER BY position, id"))
    ]
    used = [
        r[0]
        for r in bind.execute(
            sa.text(
                "SELECT DISTINCT lost_reason FROM deal WHERE lost_reason IS NOT NULL "
                "ORDER BY lost_reason"
            )
        )
    ]
    language = next((lang for lang, texts in _LOST_DEFAULTS.items() if set(texts) & set(lost)), "en")
    rows = [
        {"kind": "lost", "text": text, "position": i, "retired": False}
        for i, text in enumerate(lost)
    ]
    known = set(lost)
    for text in used:
        if text.strip() and text not in known:
            known.add(text)
            rows.append({"kind": "lost", "text": text, "position": len(rows), "retired": True})
    rows += [
        {"kind": "won", "text": text, "position": i, "retired": False}
        for i, text in enumerate(_WIN_DEFAULTS[language])
    ]
    if lost or used:  # a new file is seeded by the app in the language it starts in
        op.bulk_insert(reasons, rows)
    op.drop_table("lost_reason")


def downgrade() -> None:
    lost = op.create_table(
        "lost_reason",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lost_reason")),
        sa.UniqueConstraint("text", name=op.f("uq_lost_reason_text")),
    )
    bind = op.get_bind()
    texts = [
        r[0]
        for r in bind.execute(
            sa.text(
                "SELECT text FROM close_reason WHERE kind = 'lost' AND NOT retired "
                "ORDER BY position, id"
            )
        )
    ]
    op.bulk_insert(lost, [{"text": t, "position": i} for i, t in enumerate(texts)])
    op.drop_table("close_reason")
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.drop_column("win_reason")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("cancelled_by_change_id")
        batch_op.drop_column("cancelled_at")
