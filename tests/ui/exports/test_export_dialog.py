from openpyxl import load_workbook

from funnel.customers.clients import create_client
from ui.exports.dialog import ExportDialog
from ui.imports.customers import CustomerImportWizard


def action(window, text):
    return next(a for a in window.file_menu.actions() if a.text() == text)


def test_file_menu_opens_the_client_and_purchase_wizards(window, qtbot):
    action(window, "Import &clients…").trigger()
    wizard = window.findChild(CustomerImportWizard)
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.kind == "clients" and wizard.windowTitle() == "Import clients"
    wizard.reject()
    window.import_purchases()  # what the first-start assistant calls
    wizards = [w for w in window.findChildren(CustomerImportWizard) if w.isVisible()]
    assert [w.kind for w in wizards] == ["purchases"]
    wizards[0].reject()


def test_export_of_the_clients_list_as_filtered_on_its_page(window, ctx, qtbot, tmp_path):
    with ctx.db.begin() as s:
        create_client(s, name="Anna", now=ctx.now())
        create_client(s, name="=Boris", now=ctx.now())
    window.show_page("clients")
    page = window.pages["clients"]
    qtbot.keyClicks(page.text_box, "bor")
    qtbot.waitUntil(lambda: page.model.filters.text == "bor")
    action(window, "E&xport…").trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog.kind() == "clients"
    path = tmp_path / "clients.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_to(str(path))
    assert "1 row written" in dialog.status.text() or "1 row(s) written" in dialog.status.text()
    rows = list(load_workbook(path).active.values)
    assert [r[1] for r in rows] == ["Name", "=Boris"]  # only the filtered list, as text
