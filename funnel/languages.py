"""The languages Funnel ships, and how a locale name maps to one of them.

Kept apart from the database defaults (which need SQLAlchemy) so the window
can pick its language before anything heavy is imported (see ui/startup.py)."""

from __future__ import annotations

SUPPORTED_LANGUAGES = ("en", "ru", "pt_BR")


def normalize_language(language: str | None) -> str:
    """Map a locale name such as 'ru_RU.UTF-8' or 'pt-BR' to one we ship."""
    if not language:
        return "en"
    lang = language.replace("-", "_").split(".")[0]
    if lang.startswith("ru"):
        return "ru"
    if lang.startswith("pt"):
        return "pt_BR"
    return "en"
