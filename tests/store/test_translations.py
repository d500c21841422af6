"""Every text of the app reads in Russian and Portuguese (Brazil), English
counts its plurals ("1 deal", "5 deals"), and the .qm files the app loads are
compiled from today's .ts files."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from funnel.deals.service import get_deal
from funnel.errors import NotFoundError
from ui import i18n
from ui.messages import error_text

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _load_update_script():
    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _load_update_script()


def untranslated(ts: Path) -> list[str]:
    """'Context: source' of every message without a (complete) translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
            if translation.get("type") == "unfinished" or not all(forms):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    return missing


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_every_text_in_the_code_is_translated(tmp_path, language):
    ts = tmp_path / f"funnel_{language}.ts"
    shutil.copy(update.ts_path(language), ts)

    update.lupdate(language, ts, ("-no-obsolete", "-silent"))

    assert untranslated(ts) == [], (
        "run `.venv/bin/python resources/translations/update.py` and translate these"
    )


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_the_compiled_translations_are_up_to_date(tmp_path, language):
    ts = update.ts_path(language)
    fresh = tmp_path / ts.with_suffix(".qm").name

    update.lrelease(ts, fresh)

    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"{ts.name} changed since {fresh.name} was compiled: run update.py"
    )


def translate(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def missing_deal_error(db, today) -> NotFoundError:
    with pytest.raises(NotFoundError) as raised, db.begin() as session:
        get_deal(session, 404, today=today)
    return raised.value


def test_russian_reads_russian_with_its_three_plural_forms(qapp, db, today):
    i18n.install_language("ru")

    assert translate("Dates", "Today") == "Сегодня"
    assert translate("MainWindow", "&File") == "&Файл"
    assert [translate("DealsPage", "Total: %Ln deal(s)", n) for n in (1, 2, 5, 21)] == [
        "Итого: 1 сделка",
        "Итого: 2 сделки",
        "Итого: 5 сделок",
        "Итого: 21 сделка",
    ]
    assert error_text(missing_deal_error(db, today)) == "Сделки с id 404 нет."


def test_portuguese_reads_brazilian_portuguese_with_its_plurals(qapp, db, today):
    i18n.install_language("pt_BR")

    assert translate("Dates", "Today") == "Hoje"
    assert translate("MainWindow", "&File") == "&Arquivo"
    assert [translate("DealsPage", "Total: %Ln deal(s)", n) for n in (1, 5)] == [
        "Total: 1 negócio",
        "Total: 5 negócios",
    ]
    assert error_text(missing_deal_error(db, today)) == "Não existe negócio com id 404."


def test_english_counts_one_deal_and_many_deals(qapp, db, today):
    i18n.install_language("en")

    assert [translate("DealsPage", "Total: %Ln deal(s)", n) for n in (1, 5)] == [
        "Total: 1 deal",
        "Total: 5 deals",
    ]
    assert translate("Actions", "Move %n deal(s)", 3) == "Move 3 deals"
    assert error_text(missing_deal_error(db, today)) == "There is no deal with id 404."


def test_a_count_message_without_plural_forms_is_translated_for_every_count(qapp, tmp_path):
    # lupdate collects QCoreApplication.translate(context, text, None, n) without
    # plural forms; its one translation must still serve 5 as well as 1.
    ts = tmp_path / "one_form_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="ru_RU"><context><name>Cleanup</name>'
        "<message><source>%n min</source><translation>%n мин</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    update.lrelease(ts, tmp_path / "one_form_ru.qm")
    translator = i18n.FunnelTranslator()
    assert translator.load(str(tmp_path / "one_form_ru.qm"))
    qapp.installTranslator(translator)
    try:
        assert [translate("Cleanup", "%n min", n) for n in (1, 2, 5)] == [
            "1 мин",
            "2 мин",
            "5 мин",
        ]
        assert translate("Cleanup", "%n hours", 5) == "5 hours"
    finally:
        qapp.removeTranslator(translator)
