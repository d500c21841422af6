"""Words that say a deal was won, lost, deleted or is still open.

Exports put the outcome in a status column (Pipedrive: Open/Won/Lost/Deleted)
or as a pseudo-stage (amoCRM: «Успешно реализовано», «Закрыто и не
реализовано»; Kommo: "Closed - won"). People's own spreadsheets say "Оплачен"
or "Recusado": those words are given by the user and added to these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from funnel.store.models import DealStatus

WON_WORDS = (
    "won", "win", "closed won", "closed - won", "deal won", "success", "successful",
    "выиграна", "выиграно", "выигран", "выиграли", "успешно реализовано", "успешно",
    "успех", "реализовано", "сделка успешна",
    "ganho", "ganha", "ganhou", "venda ganha", "vendido", "vendida", "fechado - ganho",
    "fechado ganho", "concluído com sucesso",
)  # fmt: skip
LOST_WORDS = (
    "lost", "lose", "closed lost", "closed - lost", "deal lost", "failed",
    "закрыто и не реализовано", "не реализовано", "проиграна", "проиграно", "проигран",
    "проиграли", "отказ", "потеряна", "сделка провалена",
    "perdido", "perdida", "perdeu", "venda perdida", "fechado - perdido", "fechado perdido",
)  # fmt: skip
OPEN_WORDS = (
    "open", "opened", "active", "in progress",
    "открыта", "открыто", "открыт", "в работе", "активна", "активная",
    "aberto", "aberta", "em andamento", "ativo", "ativa",
)  # fmt: skip
ARCHIVED_WORDS = (
    "deleted", "archived",
    "удалена", "удалено", "архив", "в архиве", "архивирована",
    "arquivado", "arquivada", "excluído", "excluída", "excluido", "excluida",
)  # fmt: skip

CLOSED_STATUSES = (DealStatus.WON.value, DealStatus.LOST.value, DealStatus.ARCHIVED.value)

_SEPARATORS = re.compile(r"[\s\-–—_]+")


def normalize_word(word: str) -> str:
    """'Closed - Won', 'closed_won' and 'CLOSED WON' are the same word."""
    text = word.casefold().replace("ё", "е").strip(" .!:;\"'")
    return _SEPARATORS.sub(" ", text).strip()


class StatusWords:
    """Looks up a cell's status; user words win over built-in ones."""

    def __init__(self, won: Iterable[str] = (), lost: Iterable[str] = ()) -> None:
        self._words: dict[str, str] = {}
        builtin = (
            (OPEN_WORDS, DealStatus.OPEN),
            (ARCHIVED_WORDS, DealStatus.ARCHIVED),
            (LOST_WORDS, DealStatus.LOST),
            (WON_WORDS, DealStatus.WON),
        )
        for words, status in builtin:
            for w in words:
                self._words[normalize_word(w)] = status.value
        for extra, status in ((lost, DealStatus.LOST), (won, DealStatus.WON)):
            for w in extra:
                if normalize_word(w):
                    self._words[normalize_word(w)] = status.value

    def status_of(self, text: str) -> str | None:
        """'won', 'lost', 'archived', 'open', or None for a word we do not know."""
        return self._words.get(normalize_word(text))

    def closing_status_of(self, text: str) -> str | None:
        """Only won/lost/archived: in a stage column, "open" is not a stage's meaning."""
        status = self.status_of(text)
        return status if status in CLOSED_STATUSES else None
