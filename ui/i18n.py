"""Loading translations: Funnel's own (resources/translations/funnel_<lang>.qm)
and Qt's (standard buttons, dialogs) for the same language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from funnel.defaults import SUPPORTED_LANGUAGES, normalize_language

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGE_KEY = "ui/language"  # "system" or one of SUPPORTED_LANGUAGES

_installed: list[QTranslator] = []


def language_names() -> dict[str, str]:
    """Each language in its own name, as a language menu shows them."""
    return {"en": "English", "ru": "Русский", "pt_BR": "Português (Brasil)"}


def system_language() -> str:
    return normalize_language(QLocale.system().name())


def chosen_language(settings: QSettings | None = None) -> str:
    """The language from settings, or the system's when set to follow it."""
    value = str((settings or QSettings()).value(LANGUAGE_KEY, "system"))
    return system_language() if value == "system" else normalize_language(value)


def install_language(language: str) -> str:
    """Replace the installed translators; returns the language now in use."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = normalize_language(language)
    assert language in SUPPORTED_LANGUAGES
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS_DIR / f"funnel_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
