"""The story of each demo client: who they are, their deals with the full
stage history, notes and purchases (follow-ups come from `funnel.demo.followups`)
— as plain row tuples that `funnel.demo.writer` inserts with one executemany
per table and chunk.

Ids of clients and deals are handed out here (from the file's current maximum),
so the rows of one client can point at each other without a round trip.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from funnel.customers.clients import phone_digits
from funnel.customers.identity import normalize_email
from funnel.demo.data import (
    ARCHIVE_REASONS,
    CURRENCY,
    DEAL_TITLES,
    LANGUAGE_WEIGHTS,
    LANGUAGES,
    MEDIAN_VALUE,
    NOTES,
    PARK_REASONS,
    PHONE_LABELS,
    SOURCES,
    TAGS,
    THOUSANDS,
    USD_RATE,
    WHOLESALE_LOTS,
    WHOLESALE_TITLES,
)
from funnel.demo.followups import FollowUps
from funnel.demo.people import Company, People, Person, Weighted, pick, whole
from funnel.demo.rows import Rows
from funnel.demo.setup import DemoSetup, PipelinePlace
from funnel.demo.timeline import Clock, add_months
from funnel.demo.writer import day, ts
from funnel.pipeline.parking import PARK_PERIODS
from funnel.store.models import fold

MAIN_OPEN, WHOLESALE_OPEN, PARKED, WON, LOST, ARCHIVED = range(6)
CLOSED_STATUS = {WON: "won", LOST: "lost", ARCHIVED: "archived"}

OPEN_SHARE = 0.10  # of all deals, open in the main pipeline: the board people look at
WHOLESALE_OPEN_SHARE = 0.025
PARKED_SHARE = 0.03
WON_SHARE, ARCHIVED_SHARE = 0.30, 0.22  # of closed deals; the rest are lost
CLOSED_IN_WHOLESALE = 0.15
STALLED_SHARE = 0.20  # of open deals in stages that can stall
HISTORY_DAYS = 730
FUNNEL_DECAY = 0.75  # each stage holds this share of the open deals of the one before
REPEAT_ALPHA = 1.1  # Pareto shape of the number of repeat purchases: lower, heavier tail


def fate_counts(deals: int, *, wholesale: bool, future: bool) -> list[int]:
    """Exactly how many deals end up in each fate, in the order of the constants."""
    main_open = max(1, round(deals * OPEN_SHARE)) if deals else 0
    ws_open = round(deals * WHOLESALE_OPEN_SHARE) if wholesale else 0
    parked = round(deals * PARKED_SHARE) if future else 0
    closed = max(0, deals - main_open - ws_open - parked)
    won, archived = round(closed * WON_SHARE), round(closed * ARCHIVED_SHARE)
    return [main_open, ws_open, parked, won, closed - won - archived, archived]


class Fates:
    """Draws fates without replacement, so the totals are exact for any N
    while the order stays random (selection sampling: no list of N kept)."""

    def __init__(self, counts: list[int]) -> None:
        self.left = list(counts)
        self.total = sum(counts)

    def draw(self, rng: random.Random) -> int:
        r = int(rng.random() * self.total)
        for fate, count in enumerate(self.left):
            if r < count:
                self.left[fate] -= 1
                self.total -= 1
                return fate
            r -= count
        raise AssertionError("no fates left")


def nice_amount(value: float, rng: random.Random) -> int:
    """A price as people quote it: 1 200, 49 000, 4 990, 12 350."""
    value = max(value, 10.0)
    step = 10 ** max(0, int(math.log10(value)) - 1)
    style = rng.random()
    if style < 0.25 and step >= 10:
        step //= 10 if step >= 100 else 2
        return max(step, round(value / step) * step)
    rounded = max(step, round(value / step) * step)
    if style > 0.85 and step >= 100:
        return rounded - step // 10  # 4 990 rather than 5 000
    return rounded


@dataclass
class _Client:
    id: int
    lang: str
    currency: str
    size: float
    owner_id: int
    company_core: str | None
    created: list[datetime] = field(default_factory=list)
    won_cents: list[int] = field(default_factory=list)
    heat: int = 0  # 0 closed or parked only, 1 open early, 2 open in a late stage


class Maker:
    def __init__(
        self,
        rng: random.Random,
        now: datetime,
        setup: DemoSetup,
        *,
        first_client_id: int,
        first_deal_id: int,
    ) -> None:
        self.rng = rng
        self.rnd = rng.random
        self.clock = Clock(rng, now)
        self.now, self.today = now, now.date()
        self.setup = setup
        self.people = People(rng)
        self.first_client_id = first_client_id
        self.next_client = first_client_id
        self.next_deal = first_deal_id
        self.rows = Rows()
        self.followups = FollowUps(rng, self.clock, self.rows)
        self.languages = Weighted(LANGUAGES, LANGUAGE_WEIGHTS)
        self.deals_per_client = Weighted((1, 2, 3, 4, 5, 6), (72, 16, 7, 2.5, 1.5, 1))
        owners = setup.owner_ids
        self.owners = Weighted(owners, [30] + [70 / max(1, len(owners) - 1)] * (len(owners) - 1))
        self.sources = {lang: Weighted(list(w), list(w.values())) for lang, w in SOURCES.items()}
        self.funnels = {
            p.id: Weighted(range(len(p.stages)), [FUNNEL_DECAY**i for i in range(len(p.stages))])
            for p in (setup.main, setup.wholesale)
            if p is not None
        }
        self._closed_funnels: dict[tuple[int, int], Weighted] = {}

    def _int(self, low: int, high: int) -> int:
        return whole(self.rnd, low, high)

    # -- clients -------------------------------------------------------------

    def client(self, fates: Fates, deals: int) -> int:
        """One client with up to `deals` deals; returns how many were made."""
        rng, rnd = self.rng, self.rnd
        lang = self.languages.pick(rng)
        count = min(deals, self.deals_per_client.pick(rng))
        plan = [(f, self._in_wholesale(f)) for f in (fates.draw(rng) for _ in range(count))]
        is_company = any(ws for _, ws in plan) or rnd() < 0.3
        person = self.people.person(lang)
        company = self.people.company(lang, person.last) if is_company else None
        c = _Client(
            id=self.next_client,
            lang=lang,
            # One currency per file: a business keeps its books in one, and the
            # board's totals add values up (see funnel.pipeline.summary).
            currency=CURRENCY[self.setup.language],
            size=math.exp(rng.gauss(0, 0.9)) * (1.8 if is_company else 1.0),
            owner_id=self.owners.pick(rng),
            company_core=company.core if company else None,
        )
        self.next_client += 1
        for fate, wholesale in plan:
            self._deal(c, fate, wholesale)
        created = min(c.created) - timedelta(days=self._int(0, 4), minutes=self._int(1, 600))
        source = self.sources[lang].pick(rng)
        referred = None
        if source == "referral" and c.id > self.first_client_id and rnd() < 0.7:
            referred = self._int(self.first_client_id, c.id - 1)
        company_name = company.name if company else None
        birthday = self._birthday() if rnd() < 0.3 else None
        self.rows.client.append(
            (c.id, person.name, company_name, source, self._tags(c), self._temperature(c),
             birthday, referred, c.owner_id, "", "{}", ts(created), 0,
             fold(person.name, company_name))
        )  # fmt: skip
        self._contacts(c, person, company)
        self._repeat_purchases(c, created.date())
        return count

    def _in_wholesale(self, fate: int) -> bool:
        if self.setup.wholesale is None or fate == MAIN_OPEN:
            return False
        return fate == WHOLESALE_OPEN or self.rnd() < CLOSED_IN_WHOLESALE

    def _tags(self, c: _Client) -> str:
        rnd = self.rnd
        tags = TAGS[self.setup.language]
        chosen: list[str] = []
        if c.size > 4 and rnd() < 0.6:
            chosen.append(tags[0])  # VIP
        r = rnd()
        for _ in range(0 if r < 0.55 else 1 if r < 0.85 else 2):
            tag = pick(rnd, tags[1:])
            if tag not in chosen:
                chosen.append(tag)
        return ", ".join(chosen)

    def _temperature(self, c: _Client) -> str | None:
        r = self.rnd()
        if r < 0.08:
            return None
        if c.heat == 2:
            return "hot" if r < 0.75 else "warm"
        if c.heat == 1:
            return "warm" if r < 0.6 else ("hot" if r < 0.8 else "cold")
        if c.won_cents:
            return "warm" if r < 0.5 else ("hot" if r < 0.65 else "cold")
        return "cold" if r < 0.7 else "warm"

    def _birthday(self) -> str:
        return f"{self._int(1958, 2003)}-{self._int(1, 12):02d}-{self._int(1, 28):02d}"

    def _contacts(self, c: _Client, person: Person, company: Company | None) -> None:
        rnd, rows = self.rnd, self.rows.client_contact
        mobile, work = PHONE_LABELS[c.lang]
        # Demo phones are written in international form ("+7 912 …"), so "+"
        # and their digits is their E.164 form: no need to parse 70,000 numbers.
        if rnd() < 0.95:
            phone = self.people.phone(c.lang)
            digits = phone_digits(phone)
            rows.append((c.id, "phone", phone, digits, mobile, "+" + digits))
        if rnd() < (0.3 if company else 0.06):
            phone = self.people.phone(c.lang, landline=True)
            digits = phone_digits(phone)
            rows.append((c.id, "phone", phone, digits, work, "+" + digits))
        if rnd() < (0.95 if company else 0.75):
            email = self.people.email(person, company)
            rows.append((c.id, "email", email, email.lower(), None, normalize_email(email)))

    def _repeat_purchases(self, c: _Client, since: date) -> None:
        """Loyal clients keep buying: a heavy-tailed number of repeat orders, so
        about a fifth of the buyers bring about four fifths of the revenue."""
        if not c.won_cents:
            return
        rng = self.rng
        start = max(since, self.today - timedelta(days=HISTORY_DAYS))
        span = (self.today - start).days
        repeats = min(int(rng.paretovariate(REPEAT_ALPHA)) - 1, 36, span // 10)
        typical = sum(c.won_cents) / len(c.won_cents) / 100
        for _ in range(repeats):
            on = start + timedelta(days=int(self.rnd() * span))
            cents = nice_amount(typical * (0.3 + 0.9 * self.rnd()), rng) * 100
            self.rows.purchase.append((c.id, None, day(on), cents, c.currency))

    # -- deals ---------------------------------------------------------------

    def _title_value(self, c: _Client, wholesale: bool) -> tuple[str, int]:
        rng, rnd = self.rng, self.rnd
        if wholesale:
            lot = pick(rnd, WHOLESALE_LOTS)
            template, unit_usd = pick(rnd, WHOLESALE_TITLES[c.lang])
            title = template.format(q=f"{lot:,}".replace(",", THOUSANDS[c.lang]))
            # Priced per unit, with the discount or mark-up of this client and this order.
            value = lot * unit_usd * USD_RATE[c.currency] * math.exp(rng.gauss(0, 0.25))
            return title, nice_amount(value, rng) * 100
        title, scale = pick(rnd, DEAL_TITLES[c.lang])
        if c.company_core and rnd() < 0.35:
            title = f"{title} — {c.company_core}"
        value = MEDIAN_VALUE[c.currency] * scale * c.size * math.exp(rng.gauss(0, 0.7))
        return title, nice_amount(value, rng) * 100

    def _stay(self, rot_days: int | None, *, longer: bool = False) -> int:
        """Days a deal spent in a stage it has since left."""
        rnd = self.rnd
        if rot_days is None:
            return self._int(1, 30)
        if longer or rnd() < 0.15:
            return int(rot_days * (1.0 + 1.5 * rnd()))
        return int(rot_days * (0.1 + 0.9 * rnd()))

    def _entry_day(self, rot_days: int | None) -> date:
        """When an open deal entered its stage; STALLED_SHARE of them too long ago."""
        rng, today = self.rng, self.today
        if rot_days is None:
            return today - timedelta(days=min(120, int(rng.expovariate(1 / 20))))
        if self.rnd() < STALLED_SHARE:
            days = rot_days + 1 + min(150, int(rng.expovariate(1 / max(rot_days, 3))))
            return self.clock.weekday_before(today - timedelta(days=days))
        entered = today - timedelta(days=self._int(0, rot_days))
        if entered.weekday() >= 5:
            # Few deals move at weekends; shift to a weekday without changing stalled-ness.
            friday = self.clock.weekday_before(entered)
            monday = entered + timedelta(days=7 - entered.weekday())
            if (today - friday).days <= rot_days:
                return friday
            if monday <= today:
                return monday
        return entered

    def _history(self, lang: str, pipe: PipelinePlace, k: int, entered: datetime) -> list[datetime]:
        """Moments the deal was created in stage 0 and moved to stages 1..k."""
        moments = [entered]
        earlier = self.clock.earlier
        for j in range(k - 1, -1, -1):
            moments.append(earlier(moments[-1], self._stay(pipe.stages[j].rot_days), lang))
        moments.reverse()
        return moments

    def _return_date(self) -> tuple[date, date]:
        """(return_on, parked on): return dates from three weeks ago to six months ahead,
        each the park day plus 1, 3 or 6 months as "Not ready this month" sets it."""
        today = self.today
        return_on = today + timedelta(days=self._int(-21, 183))
        periods = [m for m in PARK_PERIODS if add_months(return_on, -m) < today]
        if not periods:
            return_on = add_months(today - timedelta(days=self._int(1, 10)), 6)
            periods = [6]
        months = pick(self.rnd, periods)
        return return_on, add_months(return_on, -months)

    def _closed_stage(self, pipe: PipelinePlace, fate: int) -> int:
        """Won deals got to the end; lost ones fell out anywhere; archived ones early."""
        n, rnd = len(pipe.stages), self.rnd
        if fate == WON:
            r = rnd()
            return n - 1 if r < 0.75 or n == 1 else n - 2 if r < 0.95 else int(rnd() * n)
        key = (pipe.id, fate)
        if key not in self._closed_funnels:
            decay = 0.8 if fate == LOST else 0.45
            self._closed_funnels[key] = Weighted(range(n), [decay**i for i in range(n)])
        return self._closed_funnels[key].pick(self.rng)

    def _deal(self, c: _Client, fate: int, wholesale: bool) -> None:
        rng, rnd, setup, clock, lang = self.rng, self.rnd, self.setup, self.clock, c.lang
        pipe = setup.wholesale if wholesale and setup.wholesale else setup.main
        deal_id = self.next_deal
        self.next_deal += 1
        title, cents = self._title_value(c, wholesale)
        owner_id = c.owner_id if rnd() < 0.9 else self.owners.pick(rng)
        status, closed_at, reason, last = "open", None, None, None
        return_on = return_pipeline_id = return_stage_id = None
        where = pipe
        if fate in CLOSED_STATUS:
            status = CLOSED_STATUS[fate]
            k = self._closed_stage(pipe, fate)
            stage = pipe.stages[k]
            days_ago = int(HISTORY_DAYS * rnd() ** 1.3)
            closed_at = clock.at(clock.weekday_before(self.today - timedelta(days=days_ago)), lang)
            entered = clock.earlier(closed_at, self._stay(stage.rot_days, longer=fate != WON), lang)
            if fate == LOST:
                reason = pick(rnd, setup.lost_reasons)
            elif fate == ARCHIVED and rnd() < 0.6:
                reason = ARCHIVE_REASONS[lang]
            last = (status, closed_at, pipe, stage, pipe, stage, reason)
            expected = closed_at.date() + timedelta(days=self._int(-14, 21))
            history_end = entered
        elif fate == PARKED and setup.future is not None:
            k = self.funnels[pipe.id].pick(rng)
            stage = pipe.stages[k]
            return_on, parked_on = self._return_date()
            parked_at = clock.at(parked_on, lang)
            history_end = clock.earlier(parked_at, self._stay(stage.rot_days), lang)
            where, parked = setup.future, setup.future.stages[0]
            reason = pick(rnd, PARK_REASONS[lang]) if rnd() < 0.7 else None
            last = ("parked", parked_at, pipe, stage, where, parked, reason)
            return_pipeline_id, return_stage_id = pipe.id, stage.id
            entered, stage = parked_at, parked
            expected = return_on + timedelta(days=self._int(14, 60))
        else:
            k = self.funnels[pipe.id].pick(rng)
            stage = pipe.stages[k]
            entered = history_end = clock.at(self._entry_day(stage.rot_days), lang)
            c.heat = max(c.heat, 2 if k >= len(pipe.stages) - 2 else 1)
            expected = self.today + timedelta(days=self._int(-7, 60) - 4 * k)
        moments = self._history(lang, pipe, k, history_end)
        created = moments[0]
        self.rows.deal.append(
            (deal_id, title, c.id, cents, c.currency, where.id, stage.id, status, owner_id,
             day(expected), ts(created), ts(entered), ts(closed_at) if closed_at else None,
             reason if fate == LOST else None, day(return_on) if return_on else None,
             return_pipeline_id, return_stage_id, fold(title))
        )  # fmt: skip
        c.created.append(created)
        self._changes(deal_id, pipe, moments, last)
        if fate == WON:
            assert closed_at is not None  # a won deal has its closing moment
            c.won_cents.append(cents)
            self.rows.purchase.append((c.id, deal_id, day(closed_at.date()), cents, c.currency))
        end = closed_at or self.now
        follow = self.followups
        follow.done(lang, deal_id, c.id, owner_id, created, end, open_deal=status == "open")
        if return_on is not None:
            follow.call_back(lang, deal_id, c.id, owner_id, entered, return_on, reason)
        elif status == "open":
            rot = stage.rot_days
            stalled = rot is not None and (self.today - entered.date()).days > rot
            follow.next_steps(lang, deal_id, c.id, owner_id, entered, stalled=stalled)
        if rnd() < (0.25 if status == "open" else 0.08):
            note_at = ts(clock.working(created, end, lang))
            self.rows.note.append((deal_id, c.id, pick(rnd, NOTES[lang]), note_at))

    def _changes(
        self, deal_id: int, pipe: PipelinePlace, moments: list[datetime], last: tuple | None
    ) -> None:
        rows = self.rows.stage_change
        first = pipe.stages[0]
        rows.append(
            (deal_id, "created", None, None, pipe.id, first.id, None, first.name, None, "open",
             ts(moments[0]), None)
        )  # fmt: skip
        for j in range(1, len(moments)):
            a, b = pipe.stages[j - 1], pipe.stages[j]
            rows.append(
                (deal_id, "moved", pipe.id, a.id, pipe.id, b.id, a.name, b.name, "open", "open",
                 ts(moments[j]), None)
            )  # fmt: skip
        if last is not None:
            kind, moment, from_pipe, from_stage, to_pipe, to_stage, reason = last
            rows.append(
                (deal_id, kind, from_pipe.id, from_stage.id, to_pipe.id, to_stage.id,
                 from_stage.name, to_stage.name, "open", "open" if kind == "parked" else kind,
                 ts(moment), reason)
            )  # fmt: skip
