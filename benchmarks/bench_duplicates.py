"""Finding duplicates among 100,000 clients, and the "already a client" hint (issue 11).

    .venv/bin/python benchmarks/bench_duplicates.py [--clients 100000] [--share 0.05]
                                                    [--families 500] [--runs 3] [--out DIR]

The clients are fake but shaped like a real base, written with Core
executemany into a file opened by `open_database` (real schema and indexes),
the phone region set to Russia:

- people named from the demo's Russian, Brazilian and English names (so the
  same name is often two different people), a third with a company (about
  20,000 distinct ones), a fifth with a birthday, each with a mobile phone of
  their country and half with an e-mail;
- `--share` of them (5 %) entered again, each copy in a few of these
  spellings: the phone as `8 (912) 345-67-89`, `9123456789`, `+7 912 3456789`
  (a Brazilian or US number with or without its `+`); the e-mail upper-cased,
  or a Gmail address with dots moved; the name transliterated from Cyrillic,
  with a typo, in another word order, or shortened to first name + surname;
  some copies keep only the name and the company or birthday;
- `--families` pairs of different people sharing a home phone (the same
  surname, another first name): not duplicates, so they count against
  precision at the default score and show what a higher `--min-score` buys.

Measured: `find_duplicates` wall and CPU time (aim < 10 s), recall (planted
copies found in their original's group) and precision (pairs inside the
groups that are really one person); the hint's look-up `clients_with` for a
phone typed in another spelling, as the card runs it (its own transaction),
median and p95 of 200 (aim < 50 ms); the search box's answer for "8 912 345"-
style input.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from funnel.customers.duplicates import find_duplicates  # noqa: E402
from funnel.customers.identity import normalize_email, normalize_phone  # noqa: E402
from funnel.customers.lookup import clients_with  # noqa: E402
from funnel.deals.search import search  # noqa: E402
from funnel.demo import data  # noqa: E402
from funnel.demo.people import feminine_surname, translit  # noqa: E402
from funnel.store.db import open_database  # noqa: E402
from funnel.store.models import Client, ClientContact, fold  # noqa: E402
from funnel.store.settings import set_setting  # noqa: E402

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
CREATED = datetime(2026, 11, 23, 9, 0)
CHUNK = 20_000
REGION = "RU"


class Person:
    __slots__ = ("birthday", "company", "email", "first", "id", "lang", "last", "name", "phone")


def _phone(rng: random.Random, lang: str) -> tuple[str, str]:
    """(E.164 digits without +, the number as its owner writes it)."""
    if lang == "ru":
        code, rest = rng.choice(data.RU_MOBILE_CODES), f"{rng.randrange(10**7):07d}"
        return f"7{code}{rest}", f"+7 {code} {rest[:3]}-{rest[3:5]}-{rest[5:]}"
    if lang == "pt_BR":
        area, rest = rng.choice(data.BR_AREA_CODES), f"9{rng.randrange(10**8):08d}"
        return f"55{area}{rest}", f"+55 ({area}) {rest[:5]}-{rest[5:]}"
    area, rest = rng.choice(data.US_AREA_CODES), f"{rng.randrange(2, 10)}{rng.randrange(10**6):06d}"
    return f"1{area}{rest}", f"+1 ({area}) {rest[:3]}-{rest[3:]}"


def _respell_phone(rng: random.Random, digits: str, written: str) -> str:
    if digits.startswith("7"):
        n = digits[1:]
        return rng.choice(
            [
                f"8 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}",
                n,
                f"+7 {n[:3]} {n[3:]}",
                f"8{n}",
                f"7-{n[:3]}-{n[3:6]}-{n[6:]}",
            ]
        )
    # Abroad: the same number with other punctuation, or without its "+".
    return rng.choice([digits, "+" + digits, written.replace("(", "").replace(")", "")])


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    kind = rng.randrange(3)
    if kind == 0:  # swapped letters
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:  # a letter dropped
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]  # a letter doubled


def _respell_name(rng: random.Random, p: Person) -> str:
    first, last = p.first, p.last
    way = rng.randrange(5)
    if way == 0 and p.lang == "ru":
        return f"{translit(first).capitalize()} {translit(last).capitalize()}"
    if way == 1:
        return f"{last} {first}"
    if way == 2:
        return f"{first} {_typo(rng, last)}"
    if way == 3:
        return f"{first.upper()} {last.upper()}"
    return f"{last} {first} {rng.choice(['Сергеевич', 'Silva', 'J.', 'Андреевна'])}"


def _respell_email(rng: random.Random, email: str) -> str:
    local, _, domain = email.partition("@")
    if domain == "gmail.com":
        plain = local.replace(".", "")
        cut = rng.randrange(1, len(plain))
        return rng.choice(
            [f"{plain[:cut]}.{plain[cut:]}@gmail.com", f"{plain}+shop@GMAIL.com", email.upper()]
        )
    return rng.choice([email.upper(), email.capitalize(), f" {email} "])


def generate(path: Path, clients: int, share: float, families: int, seed: int = 11):
    rng = random.Random(seed)
    db = open_database(path, now=NOW)
    with db.begin() as s:
        set_setting(s, "profile.phone_region", REGION)
    people: list[Person] = []
    for i in range(1, clients + 1):
        p = Person()
        p.id = i
        p.lang = rng.choices(data.LANGUAGES, data.LANGUAGE_WEIGHTS)[0]
        female = rng.random() < 0.5
        p.first = rng.choice(data.FIRST_NAMES[p.lang][female])
        last = rng.choice(data.SURNAMES[p.lang])
        p.last = feminine_surname(last) if female and p.lang == "ru" else last
        p.name = f"{p.first} {p.last}"
        p.company = None
        if rng.random() < 0.33:
            core = f"{rng.choice(data.COMPANY_CORES[p.lang])} {rng.randrange(1, 300)}"
            p.company = rng.choice(data.COMPANY_FORMS[p.lang]).format(core)
        p.birthday = (
            date(1950, 1, 1) + timedelta(days=rng.randrange(20_000)) if rng.random() < 0.2 else None
        )
        p.phone = _phone(rng, p.lang)
        p.email = None
        if rng.random() < 0.5:
            domain = "gmail.com" if rng.random() < 0.4 else rng.choice(data.PERSONAL_MAIL_DOMAINS)
            p.email = f"{translit(p.first)}.{translit(p.last)}{rng.randrange(1000)}@{domain}"
        people.append(p)

    rows: list[dict] = []
    contacts: list[dict] = []
    identity: dict[int, int] = {}  # client id → the person it is

    def add(cid: int, person: int, name: str, company, birthday, phones, emails) -> None:
        identity[cid] = person
        rows.append({"id": cid, "name": name, "company": company, "birthday": birthday,
                     "tags": "", "notes": "", "custom_fields": {}, "created_at": CREATED,
                     "archived": False, "search_text": fold(name, company)})  # fmt: skip
        for value in phones:
            contacts.append({"client_id": cid, "kind": "phone", "value": value,
                             "search": "".join(ch for ch in value if ch.isdigit()),
                             "normalized": normalize_phone(value, REGION)})  # fmt: skip
        for value in emails:
            contacts.append({"client_id": cid, "kind": "email", "value": value.strip(),
                             "search": value.strip().lower(),
                             "normalized": normalize_email(value)})  # fmt: skip

    for p in people:
        add(p.id, p.id, p.name, p.company, p.birthday, [p.phone[1]], [p.email] if p.email else [])
    next_id = clients + 1
    planted = 0
    for p in rng.sample(people, int(clients * share)):
        name = _respell_name(rng, p)
        clue = rng.random()
        phones = (
            [_respell_phone(rng, *p.phone)] if clue < 0.55 or not (p.company or p.email) else []
        )
        emails = (
            [_respell_email(rng, p.email)]
            if p.email and (clue >= 0.55 or rng.random() < 0.3)
            else []
        )
        if not phones and not emails and not p.company and not p.birthday:
            phones = [_respell_phone(rng, *p.phone)]
        company = (
            p.company if p.company and ((not phones and not emails) or rng.random() < 0.5) else None
        )
        birthday = p.birthday if p.birthday and rng.random() < 0.5 else None
        add(next_id, p.id, name, company, birthday, phones, emails)
        next_id += 1
        planted += 1
    for p in rng.sample(people, families):  # another person on the same home phone
        female = rng.random() < 0.5
        first = rng.choice([f for f in data.FIRST_NAMES[p.lang][female] if f != p.first])
        add(next_id, -next_id, f"{first} {p.last}", None, None, [_respell_phone(rng, *p.phone)], [])
        next_id += 1

    with db.begin() as s:
        for start in range(0, len(rows), CHUNK):
            s.execute(insert(Client), rows[start : start + CHUNK])
        for start in range(0, len(contacts), CHUNK):
            s.execute(insert(ClientContact), contacts[start : start + CHUNK])
    return db, people, identity, planted


def quality(groups, identity: dict[int, int], planted_ids: list[int], min_score: int):
    groups = [g for g in groups if g.score >= min_score]
    group_of = {cid: n for n, g in enumerate(groups) for cid in g.client_ids}
    found = sum(1 for cid in planted_ids if group_of.get(cid) is not None
                and group_of.get(cid) == group_of.get(identity[cid]))  # fmt: skip
    true = total = family = 0
    for g in groups:
        ids = g.client_ids
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                total += 1
                true += identity[a] == identity[b]
                family += identity[a] < 0 or identity[b] < 0
    return {
        "min_score": min_score,
        "groups": len(groups),
        "recall": found / len(planted_ids) if planted_ids else 1.0,
        "precision": true / total if total else 1.0,
        "pairs_in_groups": total,
        "false_pairs_from_families": family,
    }


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return {
        "CPU": f"{cpu}, {os.cpu_count()} cores",
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "load average (1/5/15 min)": load,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--share", type=float, default=0.05, help="planted duplicates")
    parser.add_argument("--families", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, help="folder for the file and results.json")
    args = parser.parse_args(argv)

    folder = args.out or Path(tempfile.mkdtemp(prefix="funnel-dupes-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "dupes.sqlite3"
    if path.exists():
        path.unlink()
    start = time.perf_counter()
    db, people, identity, planted = generate(path, args.clients, args.share, args.families)
    took = time.perf_counter() - start
    print(f"generated {len(identity):,} clients ({planted:,} planted copies, "
          f"{args.families} families sharing a phone) in {took:.1f} s")  # fmt: skip
    planted_ids = [cid for cid, person in identity.items() if person > 0 and cid != person]

    walls, cpus = [], []
    groups = []
    for _ in range(args.runs):
        wall, cpu = time.perf_counter(), time.process_time()
        with db.begin() as s:
            groups = find_duplicates(s)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    results: dict = {
        "clients": len(identity),
        "planted": planted,
        "machine": machine(),
        "find_s": {"median": statistics.median(walls), "cpu": statistics.median(cpus)},
        "quality": [quality(groups, identity, planted_ids, m) for m in (60, 80, 90)],
    }
    rng = random.Random(5)
    # Russian numbers typed the Russian ways (the profile's region is Russia).
    russians = [p for p in people if p.lang == "ru"]
    typed = [_respell_phone(rng, *p.phone) for p in rng.sample(russians, 200)]
    hint_ms, search_ms = [], []
    for text in typed:
        t = time.perf_counter()
        with db.begin() as s:
            known = clients_with(s, "phone", text)
        hint_ms.append((time.perf_counter() - t) * 1000)
        assert known, text
    for text in typed[:50]:
        query = text[: len(text) * 2 // 3]
        t = time.perf_counter()
        with db.begin() as s:
            search(s, query, limit=8)
        search_ms.append((time.perf_counter() - t) * 1000)
    q = statistics.quantiles
    results["hint_ms"] = {"median": statistics.median(hint_ms), "p95": q(hint_ms, n=20)[-1]}
    results["search_ms"] = {"median": statistics.median(search_ms), "p95": q(search_ms, n=20)[-1]}
    db.close()

    f = results["find_s"]
    print(f"find_duplicates: {f['median']:.2f} s median of {args.runs} ({f['cpu']:.2f} s CPU); "
          f"aim < 10 s")  # fmt: skip
    for row in results["quality"]:
        print(f"  score >= {row['min_score']}: {row['groups']:,} groups, recall "
              f"{row['recall']:.1%}, precision {row['precision']:.1%} "
              f"({row['pairs_in_groups']:,} pairs; {row['false_pairs_from_families']} of the "
              f"false ones are families sharing a phone)")  # fmt: skip
    h, sr = results["hint_ms"], results["search_ms"]
    print(f"hint look-up: {h['median']:.2f} ms median, {h['p95']:.2f} ms p95 (aim < 50 ms)")
    print(
        f"search box, a phone's first digits: {sr['median']:.1f} ms median, {sr['p95']:.1f} ms p95"
    )
    print("machine:", ", ".join(f"{k} {v}" for k, v in results["machine"].items()))
    if args.out:
        (folder / "results.json").write_text(json.dumps(results, indent=2, default=str))
    else:
        path.unlink()
        for extra in folder.glob("*"):
            extra.unlink()
        folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
