"""Believable people: names, companies, phones and e-mails per language."""

from __future__ import annotations

import random
import unicodedata
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from funnel.demo.data import (
    BR_AREA_CODES,
    COMPANY_CORES,
    COMPANY_FORMS,
    FIRST_NAMES,
    PERSONAL_MAIL_DOMAINS,
    RU_MOBILE_CODES,
    RU_TRANSLIT,
    SURNAMES,
    US_AREA_CODES,
)


def pick(rnd: Callable[[], float], items: Sequence):
    """`random.choice` without its overhead; `rnd` is a bound `Random.random`."""
    return items[int(rnd() * len(items))]


def whole(rnd: Callable[[], float], low: int, high: int) -> int:
    """A whole number in [low, high]; `Random.randint` is several times slower."""
    return low + int(rnd() * (high - low + 1))


class Weighted:
    """A fast weighted choice: `bisect` over cumulative weights."""

    def __init__(self, items: Sequence, weights: Sequence[float]) -> None:
        self.items = tuple(items)
        self.cum = tuple(accumulate(weights))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random):
        return self.items[bisect(self.cum, rng.random() * self.total)]


def feminine_surname(surname: str) -> str:
    """Иванов → Иванова, Вишневский → Вишневская; Шевченко stays as it is."""
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith("ский") or surname.endswith("цкий"):
        return surname[:-2] + "ая"
    return surname


@lru_cache(maxsize=4096)
def translit(text: str) -> str:
    """Lower-case ASCII for an e-mail or a domain: Фёдоров → fedorov, Gonçalves → goncalves."""
    text = text.lower()
    text = "".join(RU_TRANSLIT.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch in ".-"))


@dataclass(frozen=True)
class Person:
    name: str
    first: str
    last: str
    female: bool


@dataclass(frozen=True)
class Company:
    name: str
    core: str
    domain: str


class People:
    def __init__(self, rng: random.Random) -> None:
        self.rnd = rng.random
        self._domains: dict[str, str] = {}

    def _n(self, low: int, high: int) -> int:
        """A whole number in [low, high)."""
        return low + int(self.rnd() * (high - low))

    def person(self, lang: str) -> Person:
        rnd = self.rnd
        female = rnd() < 0.5
        first = pick(rnd, FIRST_NAMES[lang][1 if female else 0])
        last = pick(rnd, SURNAMES[lang])
        if lang == "ru" and female:
            last = feminine_surname(last)
        name = f"{first} {last}"
        if lang == "pt_BR" and rnd() < 0.35:
            # Brazilians often go by two surnames: mother's, then father's.
            name = f"{first} {pick(rnd, SURNAMES[lang])} {last}"
        return Person(name, first, last, female)

    def company(self, lang: str, owner_surname: str) -> Company:
        rnd = self.rnd
        if lang == "ru" and rnd() < 0.2:
            # A sole trader is named after its owner.
            initials = "".join(f"{pick(rnd, 'АВГДЕИКЛМНОПРСТ')}." for _ in range(2))
            name = f"ИП {owner_surname} {initials}"
            return Company(name, owner_surname, f"{translit(owner_surname)}.example.com")
        core = pick(rnd, COMPANY_CORES[lang])
        name = pick(rnd, COMPANY_FORMS[lang]).format(core)
        if core not in self._domains:
            slug = translit(core.replace(" ", "").replace("&", "and")).replace(".", "")
            self._domains[core] = f"{slug}.example.com"
        return Company(name, core, self._domains[core])

    def phone(self, lang: str, *, landline: bool = False) -> str:
        rnd = self.rnd
        n = self._n
        if lang == "ru":
            code = "495" if landline else pick(rnd, RU_MOBILE_CODES)
            return f"+7 {code} {n(100, 1000)}-{n(0, 100):02d}-{n(0, 100):02d}"
        if lang == "pt_BR":
            ddd = pick(rnd, BR_AREA_CODES)
            if landline:
                return f"+55 {ddd} {n(2000, 4000)}-{n(0, 10000):04d}"
            return f"+55 {ddd} 9{n(6000, 10000)}-{n(0, 10000):04d}"
        return f"+1 ({pick(rnd, US_AREA_CODES)}) {n(200, 1000)}-{n(0, 10000):04d}"

    def email(self, person: Person, company: Company | None) -> str:
        rnd = self.rnd
        first, last = translit(person.first), translit(person.last)
        if company is not None and rnd() < 0.7:
            local = pick(rnd, (f"{first}.{last}", f"{first[0]}.{last}", first, "info", "sales"))
            return f"{local}@{company.domain}"
        style = rnd()
        if style < 0.4:
            local = f"{first}.{last}"
        elif style < 0.6:
            local = f"{first}{last}{self._n(60, 100):02d}"
        elif style < 0.8:
            local = f"{first[0]}{last}{self._n(1, 1000)}"
        else:
            local = f"{last}.{first}"
        return f"{local}@{pick(rnd, PERSONAL_MAIL_DOMAINS)}"
