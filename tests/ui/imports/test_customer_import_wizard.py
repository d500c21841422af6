from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QWizard
from sqlalchemy import func, select

from funnel.store.models import Client, ClientContact, Purchase
from ui.imports.customers import CustomerImportWizard

GOOGLE_CSV = (
    "Name,Given Name,Family Name,Phone 1 - Type,Phone 1 - Value,E-mail 1 - Type,"
    "E-mail 1 - Value,Organization 1 - Name\n"
    "Anna Ivanova,Anna,Ivanova,Mobile,+7 912 345-67-89,Home,anna@example.com,Romashka\n"
    "Boris Petrov,Boris,Petrov,Work,+7 495 111-22-33,,,\n"
    "Nobody,,,Mobile,12,,,\n"
)


def click(qtbot, wizard, which):
    button = wizard.button(which)
    assert button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def count(db, model) -> int:
    with db.begin() as s:
        return s.scalar(select(func.count()).select_from(model))


def open_wizard(qtbot, ctx, kind):
    wizard = CustomerImportWizard(ctx, kind)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_importing_a_google_contacts_export_through_the_wizard(qtbot, db, now, tmp_path, ctx):
    path = tmp_path / "contacts.csv"
    path.write_text(GOOGLE_CSV, encoding="utf-8")
    wizard = open_wizard(qtbot, ctx, "clients")

    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.columns_page
    assert wizard.currentPage() is page
    assert "Google Contacts" in page.recognised_label.text()
    assert page.combos["Phone 1 - Value"].currentData() == "phone"
    assert page.combos["E-mail 1 - Value"].currentData() == "email"

    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.plan is not None, timeout=10000)
    assert "New clients: 2; matched to existing clients: 0" in check.summary_label.text()
    assert check.errors_model.stringList() == [
        "Line 4: 'Phone 1 - Value' has '12', which is not a phone number"
    ]
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()  # all or nothing, unless the person skips the bad row
    box = check.skip_check
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=10000)

    assert "Imported 2 client" in wizard.import_page.status_label.text()
    assert count(db, Client) == 2
    with db.begin() as s:
        anna = s.scalars(select(Client).where(Client.name == "Anna Ivanova")).one()
        assert anna.company == "Romashka"
        assert {(c.kind, c.value, c.label) for c in anna.contacts} == {
            ("phone", "+7 912 345-67-89", "mobile"),
            ("email", "anna@example.com", "home"),
        }
        assert s.scalar(select(func.count()).where(ClientContact.normalized.is_(None))) == 0


def test_the_wizard_matches_a_second_import_to_the_clients_it_made(qtbot, db, now, tmp_path, ctx):
    path = tmp_path / "contacts.csv"
    path.write_text(GOOGLE_CSV.rsplit("Nobody", 1)[0], encoding="utf-8")
    for attempt in range(2):
        wizard = open_wizard(qtbot, ctx, "clients")
        qtbot.keyClicks(wizard.file_page.path_edit, str(path))
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        qtbot.waitUntil(lambda w=wizard: w.check_page.plan is not None, timeout=10000)
        if attempt == 0:
            click(qtbot, wizard, QWizard.WizardButton.CommitButton)
            qtbot.waitUntil(lambda w=wizard: w.import_page.done, timeout=10000)
    assert "matched to existing clients: 2" in wizard.check_page.summary_label.text()
    assert "already a client" in wizard.check_page.summary_label.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_purchases_through_the_wizard_ask_for_the_currency(qtbot, db, now, tmp_path, ctx):
    path = tmp_path / "orders.csv"
    path.write_text(
        "Order,Date,Customer,Phone,Qty,Price\n"
        'A-1,2024-03-01,Anna,+7 912 345-67-89,2,"1 500,50"\n'
        "A-1,2024-03-01,Anna,+7 912 345-67-89,1,100\n",
        encoding="utf-8",
    )
    wizard = open_wizard(qtbot, ctx, "purchases")
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.columns_page
    wizard.findChild(QComboBox, "field:Qty").setCurrentIndex(
        page.combos["Qty"].findData("quantity")
    )
    page.currency_edit.clear()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "currency" in page.problem_label.text()
    qtbot.keyClicks(page.currency_edit, "rub")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.plan is not None, timeout=10000)
    assert "1 purchase" in check.summary_label.text()
    assert "Amounts without a currency are in RUB." in check.summary_label.text()
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=10000)
    with db.begin() as s:
        purchase = s.scalars(select(Purchase)).one()
        assert (purchase.amount_cents, purchase.currency, purchase.order_ref) == (
            310100, "RUB", "A-1",
        )  # fmt: skip
