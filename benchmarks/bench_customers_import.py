"""Customer-base import benchmark: Funnel beside plain `csv`/`sqlite3` doing
the same reading and inserting.

    .venv/bin/python benchmarks/bench_customers_import.py [--clients 100000]
        [--lines 400000] [--customers 4500] [--out DIR]

Steps, each on a fresh Funnel database:
(a) N clients from CSV (name, two phones, an e-mail, company, birthday):
    `funnel import clients` in-process (read, check, match, write) vs
    `csv.reader` + executemany of the client and contact rows;
(b) the same clients from an XLSX workbook (python-calamine for both);
(c) order lines of an "Online Retail"-shaped export (float customer ids,
    cancelled invoices, returns) into purchases vs `csv.reader`, a dict that
    groups lines by order, and executemany of customers and purchases.
The plain side does no phone normalisation, no matching and no checks: it is
the floor of reading the file and writing the rows. Wall and CPU seconds are
reported; the machine is shared, so CPU is the steadier figure.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from funnel.imports.clients import apply_client_import, plan_client_import
from funnel.imports.purchase_fields import auto_map_purchases
from funnel.imports.purchases import apply_purchase_import, plan_purchase_import
from funnel.imports.sources import read_table
from funnel.store.db import open_database

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
FIRST = ["Анна", "Борис", "Мария", "Иван", "Ольга", "Пётр", "Ana", "João", "Maria", "John"]
LAST = ["Иванова", "Петров", "Сидорова", "Смирнов", "Silva", "Santos", "Smith", "Kuznetsov"]
CLIENT_HEADER = ["ID", "Name", "Mobile phone", "Work phone", "Email", "Company", "Birthday"]


def make_clients(n: int, rng: random.Random) -> list[list[object]]:
    rows = []
    for i in range(n):
        tail = f"{i // 10000 % 1000:03d}-{i // 100 % 100:02d}-{i % 100:02d}"
        mobile = f"+7 9{rng.randrange(10, 99)} {tail}"
        work = f"8 (495) {i // 10000 % 1000:03d}-{i // 100 % 100:02d}-{i % 100:02d}"
        rows.append([
            10000 + i, f"{rng.choice(FIRST)} {rng.choice(LAST)}", mobile,
            work if i % 3 == 0 else "", f"client{i}@example.com",
            f"ООО «Фирма {i % 700}»" if i % 4 == 0 else "",
            date(1960, 1, 1) + timedelta(days=rng.randrange(15000)) if i % 2 == 0 else None,
        ])  # fmt: skip
    return rows


def write_clients_csv(path: Path, rows: list[list[object]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(CLIENT_HEADER)
        for r in rows:
            w.writerow([v.strftime("%d.%m.%Y") if isinstance(v, date) else v for v in r])


def write_clients_xlsx(path: Path, rows: list[list[object]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Clients")
    sheet.append(CLIENT_HEADER)
    for r in rows:
        sheet.append([float(r[0]), *r[1:]])  # ids as Excel keeps numbers: floats
    book.save(path)


def write_orders_csv(path: Path, lines: int, customers: int, rng: random.Random) -> None:
    """InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country"""
    start = datetime(2010, 12, 1, 8, 0)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate",
                    "UnitPrice", "CustomerID", "Country"])  # fmt: skip
        written, invoice = 0, 536365
        while written < lines:
            size = rng.randrange(1, 16)
            customer = f"{12346 + rng.randrange(customers)}.0"
            moment = (start + timedelta(minutes=invoice - 536365)).strftime("%d.%m.%Y %H:%M")
            cancelled = rng.random() < 0.02
            ref = f"C{invoice}" if cancelled else str(invoice)
            for _ in range(min(size, lines - written)):
                qty = (
                    -rng.randrange(1, 5)
                    if cancelled or rng.random() < 0.01
                    else rng.randrange(1, 25)
                )
                price = f"{rng.randrange(10, 2000) / 100:.2f}"
                code = f"{rng.randrange(20000, 90000)}"
                w.writerow([ref, code, "ITEM", qty, moment, price, customer, "United Kingdom"])
                written += 1
            invoice += 1


def fresh_db(folder: Path, name: str) -> Path:
    path = folder / f"{name}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_database(path, now=NOW).close()
    return path


def timed(fn: Callable[[], object]) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def funnel_clients(db_path: Path, source: Path) -> dict:
    db = open_database(db_path, now=NOW)
    try:
        table = read_table(source)
        with db.begin() as session:
            plan = plan_client_import(session, table, region="RU")
            result = apply_client_import(session, plan, now=NOW)
        return {"created": result.created, "errors": len(plan.errors)}
    finally:
        db.close()


def plain_clients(db_path: Path, rows_of: Callable[[], list[list[str]]]) -> dict:
    rows = rows_of()
    con = sqlite3.connect(db_path)
    created = NOW.replace(tzinfo=None).isoformat(" ")
    with con:
        first = (con.execute("SELECT coalesce(max(id), 0) FROM client").fetchone()[0]) + 1
        clients, contacts = [], []
        for n, r in enumerate(rows):
            cid = first + n
            clients.append(
                (cid, r[1], r[5] or None, r[0], "", "", "{}", created, 0, r[1].casefold())
            )
            for value in (r[2], r[3]):
                if value:
                    contacts.append(
                        (cid, "phone", value, "".join(ch for ch in value if ch.isdigit()))
                    )
            if r[4]:
                contacts.append((cid, "email", r[4], r[4].lower()))
        con.executemany(
            "INSERT INTO client (id, name, company, external_id, tags, notes, custom_fields,"
            " created_at, archived, search_text) VALUES (?,?,?,?,?,?,?,?,?,?)",
            clients,
        )
        con.executemany(
            "INSERT INTO client_contact (client_id, kind, value, search) VALUES (?,?,?,?)",
            contacts,
        )
    con.close()
    return {"created": len(clients)}


def csv_rows(path: Path) -> Callable[[], list[list[str]]]:
    def read() -> list[list[str]]:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            next(reader)
            return list(reader)

    return read


def xlsx_rows(path: Path) -> Callable[[], list[list[str]]]:
    def read() -> list[list[str]]:
        from python_calamine import CalamineWorkbook

        sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        rows = sheet.to_python()[1:]
        return [[str(int(r[0])), *("" if v is None else str(v) for v in r[1:])] for r in rows]

    return read


def funnel_purchases(db_path: Path, source: Path) -> dict:
    db = open_database(db_path, now=NOW)
    try:
        table = read_table(source)
        with db.begin() as session:
            plan = plan_purchase_import(
                session, table, auto_map_purchases(table.columns), currency="GBP", region="GB"
            )
            result = apply_purchase_import(session, plan, now=NOW)
        return {"purchases": result.purchases, "clients": result.new_clients,
                "cancelled": plan.cancelled, "returns": plan.returns}  # fmt: skip
    finally:
        db.close()


def plain_purchases(db_path: Path, source: Path) -> dict:
    orders: dict[str, list] = {}
    with open(source, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for inv, _code, _desc, qty, when, price, customer, _country in reader:
            if inv.startswith("C") or int(qty) < 0:
                continue
            order = orders.get(inv)
            if order is None:
                d = datetime.strptime(when, "%d.%m.%Y %H:%M").date()
                order = orders[inv] = [customer.split(".")[0], d.isoformat(), 0]
            order[2] += round(int(qty) * float(price) * 100)
    con = sqlite3.connect(db_path)
    created = NOW.replace(tzinfo=None).isoformat(" ")
    with con:
        ids: dict[str, int] = {}
        for ext, _d, _a in orders.values():
            ids.setdefault(ext, len(ids) + 1)
        con.executemany(
            "INSERT INTO client (id, name, external_id, tags, notes, custom_fields, created_at,"
            " archived, search_text) VALUES (?,?,?,?,?,?,?,?,?)",
            [(cid, ext, ext, "", "", "{}", created, 0, ext) for ext, cid in ids.items()],
        )
        con.executemany(
            "INSERT INTO purchase (client_id, purchased_on, amount_cents, currency, order_ref,"
            " source) VALUES (?,?,?,?,?,?)",
            [(ids[e], d, a, "GBP", ref, "import") for ref, (e, d, a) in orders.items()],
        )
    con.close()
    return {"purchases": len(orders), "clients": len(ids)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--lines", type=int, default=400_000)
    parser.add_argument("--customers", type=int, default=4_500)
    parser.add_argument("--out", type=Path, help="keep files here and write results.json")
    args = parser.parse_args()
    folder = args.out or Path(tempfile.mkdtemp(prefix="funnel-bench-customers-"))
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1)
    try:
        clients = make_clients(args.clients, rng)
        clients_csv, clients_xlsx = folder / "clients.csv", folder / "clients.xlsx"
        orders_csv = folder / "orders.csv"
        write_clients_csv(clients_csv, clients)
        write_clients_xlsx(clients_xlsx, clients)
        write_orders_csv(orders_csv, args.lines, args.customers, rng)
        del clients
        results = []

        def step(name: str, funnel: Callable[[Path], dict], plain: Callable[[Path], dict]) -> None:
            target = fresh_db(folder, "funnel")
            f_wall, f_cpu, f_out = timed(lambda: funnel(target))
            target = fresh_db(folder, "plain")
            p_wall, p_cpu, p_out = timed(lambda: plain(target))
            results.append({"step": name, "funnel_wall": f_wall, "funnel_cpu": f_cpu,
                            "plain_wall": p_wall, "plain_cpu": p_cpu,
                            "funnel": f_out, "plain": p_out})  # fmt: skip
            print(f"{name}: Funnel {f_wall:.2f} s (CPU {f_cpu:.2f}) {f_out} | "
                  f"plain {p_wall:.2f} s (CPU {p_cpu:.2f}) {p_out} | "
                  f"{f_wall / p_wall:.1f}×", flush=True)  # fmt: skip

        step(f"(a) {args.clients:,} clients from CSV",
             lambda db: funnel_clients(db, clients_csv),
             lambda db: plain_clients(db, csv_rows(clients_csv)))  # fmt: skip
        step(f"(b) {args.clients:,} clients from XLSX",
             lambda db: funnel_clients(db, clients_xlsx),
             lambda db: plain_clients(db, xlsx_rows(clients_xlsx)))  # fmt: skip
        step(f"(c) {args.lines:,} order lines, {args.customers:,} customers",
             lambda db: funnel_purchases(db, orders_csv),
             lambda db: plain_purchases(db, orders_csv))  # fmt: skip
        if args.out:
            (folder / "results.json").write_text(json.dumps(results, indent=2, default=str))
    finally:
        if args.out is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
