import json

import pytest

from funnel.commands.cli import main

CONTACTS = "Name,Phone,Email\nAnna,+7 912 345-67-89,anna@example.com\nBoris,+7 926 842-00-00,\n"
ORDERS = (
    "Номер заказа;Дата;Телефон;Сумма\n"
    "A-1;05.01.2024;8 912 345 67 89;1 500,50\n"
    "A-2;06.01.2024 10:30;+7 999 000-00-00;700\n"
    "A-3;;+7 999 000-00-00;700\n"
)


@pytest.fixture
def run(db_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")  # national numbers read as in Russia
    monkeypatch.delenv("LC_ALL", raising=False)

    def _run(*args):
        code = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def test_import_clients_then_list_show_and_edit_them(run, tmp_path):
    path = write(tmp_path, "contacts.csv", CONTACTS)
    code, out, _ = run("import", "clients", path, "--dry-run")
    assert code == 0 and "Would import: 2 new clients, 0 matched" in out
    code, out, _ = run("import", "clients", path)
    assert code == 0 and "Imported: 2 new clients" in out
    code, out, _ = run("import", "clients", path, "--json")
    assert json.loads(out)["matched_clients"] == 2 and json.loads(out)["new_clients"] == 0

    code, out, _ = run("clients", "--json")
    listed = {c["name"]: c for c in json.loads(out)}
    assert listed["Anna"]["phone"] == "+7 912 345-67-89"
    anna = listed["Anna"]["id"]
    code, out, _ = run("client", "edit", str(anna), "--company", "Romashka", "--tag", "vip")
    assert code == 0
    code, out, _ = run("client", "show", str(anna), "--json")
    card = json.loads(out)
    assert card["company"] == "Romashka" and card["tags"] == ["vip"]
    assert card["emails"] == ["anna@example.com"]


def test_client_add_and_deal_add_edit(run):
    code, out, _ = run("client", "add", "Clara", "--phone", "+7 900 111-22-33", "--json")
    clara = json.loads(out)["id"]
    code, out, _ = run("deal", "add", "Kitchen", "--client-id", str(clara), "--value", "1 500",
                       "--currency", "RUB", "--json")  # fmt: skip
    deal = json.loads(out)
    assert code == 0 and (deal["client"], deal["value"], deal["currency"]) == ("Clara", 1500, "RUB")
    code, out, _ = run("deal", "edit", str(deal["id"]), "--title", "Kitchen set", "--value", "2000")
    assert code == 0 and "Kitchen set, 2000.00 RUB" in out
    code, _out, err = run("deal", "edit", str(deal["id"]))
    assert code == 1 and "Nothing to change" in err
    code, _out, err = run("client", "show", "999")
    assert code == 1 and "There is no client with id 999" in err


def test_import_purchases_asks_for_the_currency_and_skips_bad_rows_on_request(run, tmp_path):
    path = write(tmp_path, "orders.csv", ORDERS, "cp1251")
    run("import", "clients", write(tmp_path, "contacts.csv", CONTACTS))
    code, _out, err = run("import", "purchases", path)
    assert code == 1 and "--currency" in err
    code, out, err = run("import", "purchases", path, "--currency", "RUB")
    assert code == 1 and "line 4: the row has no date ('Дата' is empty)" in out
    assert "nothing was written" in err
    code, out, _ = run("import", "purchases", path, "--currency", "RUB", "--skip-bad-rows",
                       "--json")  # fmt: skip
    data = json.loads(out)
    assert code == 0 and data["purchases"] == 2 and data["matched_clients"] == 1
    assert data["new_clients"] == 1 and data["totals"] == {"RUB": "2200.5"}
    code, out, _ = run("import", "purchases", path, "--currency", "RUB", "--skip-bad-rows")
    assert "orders imported before, left as they are: 2" in out


def test_map_names_purchase_columns(run, tmp_path):
    path = write(tmp_path, "o.csv", "N,D,Who,Sum\n7,2024-01-05,17850.0,10\n")
    code, _out, err = run("import", "purchases", path, "--currency", "EUR")
    assert code == 1 and "says who bought" in err
    code, out, _ = run("import", "purchases", path, "--currency", "EUR", "--json",
                       "--map", "order=N", "date=D", "client=Who", "amount=Sum")  # fmt: skip
    assert code == 0 and json.loads(out)["purchases"] == 1
    code, _out, err = run("import", "purchases", path, "--map", "order=Nope")
    assert code == 1 and "o.csv has no column 'Nope'" in err


def test_export_clients_as_xlsx_and_csv(run, tmp_path):
    run("import", "clients", write(tmp_path, "contacts.csv", CONTACTS))
    target = tmp_path / "out.xlsx"
    code, out, _ = run("export", "clients", str(target))
    assert code == 0 and "Exported 2 clients" in out and target.exists()
    target = tmp_path / "out.csv"
    code, out, _ = run("export", "clients", str(target), "--encoding", "cp1251", "--search", "ann")
    assert code == 0 and target.read_bytes().decode("cp1251").count("\n") == 2
