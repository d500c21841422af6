"""Follow-ups of the demo deals: done activities with their outcomes, the next
steps of open deals (some overdue, some due today, some missing), a few
recurring ones, and the call-back that parking a deal writes."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from funnel.demo.data import (
    ACTIVITY_KIND_WEIGHTS,
    ACTIVITY_KINDS,
    ACTIVITY_SUBJECTS,
    CALL_BACK_SUBJECT,
    OUTCOMES,
    RECURRING,
)
from funnel.demo.people import Weighted, pick, whole
from funnel.demo.rows import Rows
from funnel.demo.timeline import Clock
from funnel.demo.writer import clock_time, day, ts

RECURRING_SHARE = 0.03  # of open follow-ups


class FollowUps:
    def __init__(self, rng: random.Random, clock: Clock, rows: Rows) -> None:
        self.rng = rng
        self.rnd = rng.random
        self.clock = clock
        self.now, self.today = clock.now, clock.today
        self.rows = rows
        self.kinds = Weighted(ACTIVITY_KINDS, ACTIVITY_KIND_WEIGHTS)

    def due_time(self, kind: str) -> str | None:
        rnd = self.rnd
        if kind in ("call", "meeting") and rnd() < 0.6:
            return clock_time(time(whole(rnd, 9, 17), pick(rnd, (0, 0, 15, 30, 45))))
        return None

    def done(
        self,
        lang: str,
        deal_id: int,
        client_id: int,
        owner_id: int,
        start: datetime,
        end: datetime,
        *,
        open_deal: bool,
    ) -> None:
        """Calls, e-mails and meetings already done between `start` and `end`."""
        rng, rnd = self.rng, self.rnd
        working, between = self.clock.working, self.clock.between
        r = rnd()
        if open_deal:
            count = 0 if r < 0.2 else 1 if r < 0.6 else 2 if r < 0.88 else 3
        else:
            count = 0 if r < 0.45 else 1 if r < 0.8 else 2 if r < 0.95 else 3
        subjects, outcomes = ACTIVITY_SUBJECTS[lang], OUTCOMES[lang]
        for _ in range(count):
            done = working(start, end, lang)
            kind = self.kinds.pick(rng)
            self.rows.activity.append(
                (kind, pick(rnd, subjects[kind]), deal_id, client_id, owner_id, day(done.date()),
                 self.due_time(kind), "", None, None, ts(done), pick(rnd, outcomes),
                 ts(between(start, done)))
            )  # fmt: skip

    def call_back(
        self,
        lang: str,
        deal_id: int,
        client_id: int,
        owner_id: int,
        parked_at: datetime,
        return_on: date,
        reason: str | None,
    ) -> None:
        """What parking writes: a call due on the return date, and the reason as a note."""
        self.rows.activity.append(
            ("call", CALL_BACK_SUBJECT[lang], deal_id, client_id, owner_id, day(return_on), None,
             reason or "", None, None, None, None, ts(parked_at))
        )  # fmt: skip
        if reason:
            self.rows.note.append((deal_id, None, reason, ts(parked_at)))

    def next_steps(
        self,
        lang: str,
        deal_id: int,
        client_id: int,
        owner_id: int,
        entered: datetime,
        *,
        stalled: bool,
    ) -> None:
        """Open follow-ups: some overdue, some due today, most in the coming weeks;
        some deals have none ("no next step"), stalled ones more often."""
        rng, rnd, today = self.rng, self.rnd, self.today
        if rnd() < (0.3 if stalled else 0.12):
            return
        for _ in range(1 if rnd() < 0.85 else 2):
            r = rnd()
            if r < (0.4 if stalled else 0.2):
                due = today - timedelta(days=whole(rnd, 1, 14))
            elif r < (0.5 if stalled else 0.32):
                due = today
            elif r < 0.75:
                due = today + timedelta(days=whole(rnd, 1, 7))
            else:
                due = today + timedelta(days=whole(rnd, 8, 30))
            kind = self.kinds.pick(rng)
            subject, rrule = pick(rnd, ACTIVITY_SUBJECTS[lang][kind]), None
            if rnd() < RECURRING_SHARE:
                subject, rrule = pick(rnd, RECURRING[lang])
            # Written before it fell due, and never after now.
            created = self.clock.between(entered, min(self.now, datetime.combine(due, time(8))))
            self.rows.activity.append(
                (kind, subject, deal_id, client_id, owner_id, day(due), self.due_time(kind), "",
                 rrule, day(due) if rrule else None, None, None, ts(created))
            )  # fmt: skip
