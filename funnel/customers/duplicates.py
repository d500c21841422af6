"""Finding clients that are probably the same person: groups of duplicates,
each with the reasons and a score from 0 to 100.

Two signals are strong on their own: the same phone and the same e-mail,
compared in their normalised form (`ClientContact.normalized`: E.164 phones,
Gmail-aware e-mails). A name is a weak signal — two Ivan Petrovs are often
two people — so a similar name counts only beside a second clue: the same
company, the same birthday, a phone that ends in the same digits (the same
number typed without its country code) or the same mailbox name at another
domain.

Nothing compares every client with every other. Exact signals meet in one
dict keyed by the normalised contact; names are compared only inside small
blocks that share a company, a birthday, a phone tail or a mailbox name, so
100,000 clients take seconds. A contact shared by many clients (an office
switchboard, "0000000", a shop's own e-mail typed for walk-ins) says nothing
about any two of them and is left out.

Groups are the connected components of the pairs found; only strong pairs
(score ≥ `STRONG_SCORE`) join clients, so a chain of weak likenesses never
grows into a giant group.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz, process
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.customers.name_fold import fast_name_key
from funnel.store.models import Client, ClientContact, ContactKind, Deal

# Pairs below this join no group; `--min-score` filters groups on top of it.
STRONG_SCORE = 60
# How alike two names must be (rapidfuzz, 0–100, word order ignored) to count.
NAME_SIMILAR = 85
# A contact or block shared by more clients than this is no evidence.
MAX_SHARED = 12
# Name blocks larger than this are split by the names' first letters.
MAX_BLOCK = 2000
PHONE_TAIL = 8  # "similar phone": the same last digits
# A group of more clients than this is split on its stronger pairs …
MAX_GROUP = 8
# … unless every pair holding it scores this much (one person typed in 20 times).
CERTAIN_SCORE = 95
PROGRESS_EVERY = 2000

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class Reason(enum.StrEnum):
    SAME_PHONE = "same_phone"
    SAME_EMAIL = "same_email"
    NAME_COMPANY = "name_company"
    NAME_PHONE = "name_phone"
    NAME_EMAIL = "name_email"
    NAME_BIRTHDAY = "name_birthday"


# How each reason reads in English (the CLI); the UI translates its own.
REASON_TEXT = {
    Reason.SAME_PHONE: "same phone",
    Reason.SAME_EMAIL: "same e-mail",
    Reason.NAME_COMPANY: "similar name + same company",
    Reason.NAME_PHONE: "similar name + similar phone",
    Reason.NAME_EMAIL: "similar name + similar e-mail",
    Reason.NAME_BIRTHDAY: "similar name + same birthday",
}


class DuplicateSearchCancelled(Exception):
    """The person pressed Cancel; nothing was changed."""


@dataclass(frozen=True)
class DuplicatePair:
    first_id: int
    second_id: int
    reason: Reason  # the strongest
    score: int
    reasons: tuple[Reason, ...] = ()  # every clue that held, strongest first


@dataclass(frozen=True)
class DuplicateMember:
    id: int
    name: str
    company: str | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    deals: int
    created_on: date


@dataclass(frozen=True)
class DuplicateGroup:
    members: tuple[DuplicateMember, ...]  # oldest client first
    reasons: tuple[Reason, ...]  # strongest first
    score: int  # the best pair's

    @property
    def client_ids(self) -> tuple[int, ...]:
        return tuple(m.id for m in self.members)


@dataclass
class _Client:
    id: int
    name: str
    key: str
    company: str
    birthday: date | None


def name_similarity(a: str, b: str) -> int:
    """0–100 for two name keys, word order ignored. A name that is the other
    with a word more ("Ivan Petrov" in "Petrov Ivan Sergeevich") counts as
    very close when it still has two words."""
    if not a or not b:
        return 0
    score = round(fuzz.token_sort_ratio(a, b))
    two_words = min(a.count(" "), b.count(" ")) >= 1
    if score < 95 and two_words and fuzz.token_set_ratio(a, b) == 100:
        score = 95
    return score


def _company_key(company: str | None) -> str:
    return fast_name_key(company)


def _contact_score(similarity: int) -> int:
    """A shared phone or e-mail: 70 whatever the names, up to 100 as they agree
    (names half alike — a surname shared in a family — add little)."""
    return 70 + (30 * max(0, similarity - 50)) // 50


def _name_score(reason: Reason, similarity: int) -> int:
    weight = {
        Reason.NAME_PHONE: 90,
        Reason.NAME_EMAIL: 85,
        Reason.NAME_COMPANY: 80,
        Reason.NAME_BIRTHDAY: 80,
    }[reason]
    return (weight * similarity) // 100


def _phone_tail(normalized: str) -> str | None:
    # "+79123456789" or "#89123456789": digits after the first character.
    return normalized[-PHONE_TAIL:] if len(normalized) > PHONE_TAIL else None


def _mailbox(normalized: str) -> str | None:
    local = normalized.rpartition("@")[0].replace(".", "").replace("_", "").replace("-", "")
    return local if len(local) >= 5 and not local.isdigit() else None


class _Pairs:
    """The best pair found for each two clients, and every reason seen for
    them (a group says "same phone, same e-mail" when both hold)."""

    def __init__(self) -> None:
        self.best: dict[tuple[int, int], DuplicatePair] = {}
        self.reasons: dict[tuple[int, int], dict[Reason, int]] = defaultdict(dict)

    def add(self, a: int, b: int, reason: Reason, score: int) -> None:
        if a == b:
            return
        key = (a, b) if a < b else (b, a)
        seen = self.reasons[key]
        seen[reason] = max(score, seen.get(reason, 0))
        old = self.best.get(key)
        if old is None or score > old.score:
            self.best[key] = DuplicatePair(key[0], key[1], reason, score)


def _load(session: Session) -> tuple[dict[int, _Client], list[tuple[int, str, str]]]:
    live = (Client.archived.is_(False), Client.merged_into_id.is_(None))
    clients = {
        cid: _Client(cid, name, fast_name_key(name), _company_key(company), birthday)
        for cid, name, company, birthday in session.execute(
            select(Client.id, Client.name, Client.company, Client.birthday).where(*live)
        )
    }
    contacts = [
        (cid, str(kind), normalized or "")
        for cid, kind, normalized in session.execute(
            select(ClientContact.client_id, ClientContact.kind, ClientContact.normalized)
            .join(Client, Client.id == ClientContact.client_id)
            .where(*live, ClientContact.normalized.is_not(None))
        )
    ]
    return clients, contacts


def _exact_pairs(
    pairs: _Pairs, clients: dict[int, _Client], contacts: list[tuple[int, str, str]]
) -> None:
    by_key: dict[tuple[str, str], set[int]] = defaultdict(set)
    for cid, kind, normalized in contacts:
        by_key[(kind, normalized)].add(cid)
    for (kind, _), ids in by_key.items():
        if not 2 <= len(ids) <= MAX_SHARED:
            continue
        reason = Reason.SAME_PHONE if kind == ContactKind.PHONE else Reason.SAME_EMAIL
        ordered = sorted(ids)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                similarity = name_similarity(clients[a].key, clients[b].key)
                pairs.add(a, b, reason, _contact_score(similarity))


def _blocks(
    clients: dict[int, _Client], contacts: list[tuple[int, str, str]]
) -> Iterable[tuple[Reason, list[int]]]:
    """Groups of clients sharing a second clue, each to be compared by name."""
    by: dict[tuple[Reason, str], set[int]] = defaultdict(set)
    for c in clients.values():
        if c.company:
            by[(Reason.NAME_COMPANY, c.company)].add(c.id)
        if c.birthday is not None:
            by[(Reason.NAME_BIRTHDAY, c.birthday.isoformat())].add(c.id)
    for cid, kind, normalized in contacts:
        if kind == ContactKind.PHONE:
            tail = _phone_tail(normalized)
            if tail:
                by[(Reason.NAME_PHONE, tail)].add(cid)
        else:
            mailbox = _mailbox(normalized)
            if mailbox:
                by[(Reason.NAME_EMAIL, mailbox)].add(cid)
    for (reason, _), ids in by.items():
        if len(ids) < 2:
            continue
        if reason in (Reason.NAME_PHONE, Reason.NAME_EMAIL) and len(ids) > MAX_SHARED:
            continue
        if len(ids) <= MAX_BLOCK:
            yield reason, sorted(ids)
            continue
        # A big company or a common birthday: names that could match share
        # the first letter of one of their words (word order is ignored).
        split: dict[str, set[int]] = defaultdict(set)
        for cid in ids:
            for word in clients[cid].key.split():
                split[word[0]].add(cid)
        for part in split.values():
            if 2 <= len(part) <= MAX_BLOCK:
                yield reason, sorted(part)


def _block_pairs(
    pairs: _Pairs, clients: dict[int, _Client], reason: Reason, ids: list[int]
) -> None:
    keys = [clients[i].key for i in ids]
    for i in range(len(ids) - 1):
        if not keys[i]:
            continue
        matches = process.extract(
            keys[i],
            keys[i + 1 :],
            scorer=fuzz.token_sort_ratio,
            score_cutoff=NAME_SIMILAR,
            limit=None,
        )
        for _, _, j in matches:
            b = ids[i + 1 + j]
            similarity = name_similarity(keys[i], keys[i + 1 + j])
            pairs.add(ids[i], b, reason, _name_score(reason, similarity))
        # "Ivan Petrov" and "Petrov Ivan Sergeevich": a subset of words.
        if keys[i].count(" ") >= 1:
            for _, _, j in process.extract(
                keys[i], keys[i + 1 :], scorer=fuzz.token_set_ratio, score_cutoff=100, limit=None
            ):
                other = keys[i + 1 + j]
                if other.count(" ") >= 1:
                    pairs.add(ids[i], ids[i + 1 + j], reason, _name_score(reason, 95))


def find_pairs(
    session: Session,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[DuplicatePair]:
    """Every likely-duplicate pair among live clients, strongest first."""
    clients, contacts = _load(session)
    pairs = _Pairs()
    _exact_pairs(pairs, clients, contacts)
    blocks = list(_blocks(clients, contacts))
    total = len(blocks)
    for n, (reason, ids) in enumerate(blocks, 1):
        _block_pairs(pairs, clients, reason, ids)
        if n % PROGRESS_EVERY == 0 or n == total:
            if cancelled is not None and cancelled():
                raise DuplicateSearchCancelled()
            if progress is not None:
                progress(n, total)
    found = [
        DuplicatePair(p.first_id, p.second_id, p.reason, p.score, _reasons(pairs.reasons[key]))
        for key, p in pairs.best.items()
    ]
    return sorted(found, key=lambda p: (-p.score, p.first_id, p.second_id))


# A similar phone or e-mail says nothing more beside the same one.
_IMPLIED = {Reason.NAME_PHONE: Reason.SAME_PHONE, Reason.NAME_EMAIL: Reason.SAME_EMAIL}


def _reasons(scores: dict[Reason, int]) -> tuple[Reason, ...]:
    kept = {r: s for r, s in scores.items() if s >= STRONG_SCORE and _IMPLIED.get(r) not in scores}
    return tuple(sorted(kept, key=lambda r: -kept[r]))


def _components(pairs: list[DuplicatePair]) -> list[list[DuplicatePair]]:
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for p in pairs:
        parent[root(p.first_id)] = root(p.second_id)
    groups: dict[int, list[DuplicatePair]] = defaultdict(list)
    for p in pairs:
        groups[root(p.first_id)].append(p)
    return list(groups.values())


def _members(session: Session, ids: list[int]) -> dict[int, DuplicateMember]:
    members: dict[int, DuplicateMember] = {}
    phones: dict[int, list[str]] = defaultdict(list)
    emails: dict[int, list[str]] = defaultdict(list)
    deals: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for cid, kind, value in session.execute(
            select(ClientContact.client_id, ClientContact.kind, ClientContact.value)
            .where(ClientContact.client_id.in_(chunk))
            .order_by(ClientContact.id)
        ):
            (phones if kind == ContactKind.PHONE else emails)[cid].append(value)
        for deal_client, count in session.execute(
            select(Deal.client_id, func.count())
            .where(Deal.client_id.in_(chunk))
            .group_by(Deal.client_id)
        ):
            if deal_client is not None:
                deals[deal_client] = count
        for cid, name, company, created in session.execute(
            select(Client.id, Client.name, Client.company, Client.created_at).where(
                Client.id.in_(chunk)
            )
        ):
            members[cid] = DuplicateMember(
                cid,
                name,
                company,
                tuple(phones[cid]),
                tuple(emails[cid]),
                deals.get(cid, 0),
                created.date(),
            )
    return members


def _size(component: list[DuplicatePair]) -> int:
    return len({i for p in component for i in (p.first_id, p.second_id)})


def group_pairs(pairs: list[DuplicatePair]) -> list[list[DuplicatePair]]:
    """Connected components of the pairs. A component grown past `MAX_GROUP`
    clients is a chain of likenesses, not one person entered many times: it
    is split again on its stronger pairs only, until each part is small or
    only near-certain pairs hold it together."""
    result = []
    for component in _components(pairs):
        threshold = min(p.score for p in component)
        while _size(component) > MAX_GROUP and threshold < CERTAIN_SCORE:
            threshold += 5
            stronger = [p for p in component if p.score >= threshold]
            parts = _components(stronger)
            if not parts:
                component = []
                break
            # The first part goes on round this loop; the others on their own.
            component, rest = parts[0], parts[1:]
            for part in rest:
                result.extend(group_pairs(part))
        if component:
            result.append(component)
    return result


def find_duplicates(
    session: Session,
    *,
    min_score: int = STRONG_SCORE,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[DuplicateGroup]:
    """Groups of likely duplicates, best score first. Archived and merged
    clients are left out. `progress(done, total)` and `cancelled()` let a
    screen show the work and stop it."""
    pairs = [
        p
        for p in find_pairs(session, progress=progress, cancelled=cancelled)
        if p.score >= STRONG_SCORE
    ]
    components = [c for c in group_pairs(pairs) if max(p.score for p in c) >= min_score]
    ids = sorted({i for c in components for p in c for i in (p.first_id, p.second_id)})
    members = _members(session, ids)
    groups = []
    for component in components:
        client_ids = sorted({i for p in component for i in (p.first_id, p.second_id)})
        ranked = sorted(component, key=lambda p: -p.score)
        reasons = tuple(dict.fromkeys(r for p in ranked for r in (p.reasons or (p.reason,))))
        groups.append(
            DuplicateGroup(
                members=tuple(members[i] for i in client_ids),
                reasons=reasons,
                score=ranked[0].score,
            )
        )
    groups.sort(key=lambda g: (-g.score, g.members[0].name.casefold(), g.client_ids))
    return groups
