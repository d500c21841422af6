"""The silent-lead message: an editable template per language (setting
`cleanup_silent_templates`; English, Russian and Brazilian Portuguese wording
by default), filled with the client's and the deal's details, and the
`mailto:` URL that hands it to the person's own mail program."""

from __future__ import annotations

import string
from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy.orm import Session

from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.languages import SUPPORTED_LANGUAGES, normalize_language
from funnel.store.settings import get_setting, set_setting

TEMPLATES_SETTING = "cleanup_silent_templates"
MAX_SUBJECT = 300
MAX_BODY = 20_000
# What a template may name, each in braces: {client}, {deal} …
PLACEHOLDERS = ("client", "company", "deal", "owner", "days", "date")


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


DEFAULT_TEMPLATES: dict[str, Template] = {
    "en": Template(
        subject="Your request: {deal}",
        body=(
            "Hello {client},\n\n"
            "I have tried to reach you about {deal} but have not heard back. I understand "
            "it may not be the right time, so unless I hear from you within {days} days, "
            "on {date} I will close your request.\n\n"
            "If you are still interested, just reply to this message and we will carry on "
            "from where we left off.\n\n"
            "Best regards,\n{owner}"
        ),
    ),
    "ru": Template(
        subject="Ваша заявка: {deal}",
        body=(
            "Здравствуйте, {client}!\n\n"
            "Я пытался связаться с вами по поводу «{deal}», но не получил ответа. Понимаю, "
            "что сейчас может быть не самое подходящее время, поэтому если вы не ответите "
            "в течение {days} дней, {date} я закрою вашу заявку.\n\n"
            "Если вопрос ещё актуален, просто ответьте на это письмо, и мы продолжим с того "
            "места, где остановились.\n\n"
            "С уважением,\n{owner}"
        ),
    ),
    "pt_BR": Template(
        subject="Sua solicitação: {deal}",
        body=(
            "Olá, {client},\n\n"
            "Tentei falar com você sobre {deal}, mas não tive retorno. Entendo que talvez "
            "não seja o momento certo; por isso, se eu não tiver notícias suas em {days} "
            "dias, em {date} vou encerrar a sua solicitação.\n\n"
            "Se ainda tiver interesse, é só responder a esta mensagem e continuamos de onde "
            "paramos.\n\n"
            "Atenciosamente,\n{owner}"
        ),
    ),
}


def language_code(language: str) -> str:
    lang = normalize_language(language)
    assert lang in SUPPORTED_LANGUAGES
    return lang


def get_templates(session: Session) -> dict[str, Template]:
    """Every language's template: the edited one, else the default."""
    stored = get_setting(session, TEMPLATES_SETTING) or {}
    out = {}
    for lang, default in DEFAULT_TEMPLATES.items():
        mine = stored.get(lang) if isinstance(stored, dict) else None
        if isinstance(mine, dict) and mine.get("subject") and mine.get("body"):
            out[lang] = Template(str(mine["subject"]), str(mine["body"]))
        else:
            out[lang] = default
    return out


def get_template(session: Session, language: str) -> Template:
    return get_templates(session)[language_code(language)]


def check_template(subject: str, body: str) -> Template:
    """A template a person typed, or a ValidationError naming what is wrong."""
    subject, body = (subject or "").strip(), (body or "").strip()
    if not subject:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The message needs a subject."))
    if not body:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The message cannot be empty."))
    if len(subject) > MAX_SUBJECT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The subject is at most {limit} characters."),
            limit=MAX_SUBJECT,
        )
    if len(body) > MAX_BODY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The message is at most {limit} characters."),
            limit=f"{MAX_BODY:,}",
        )
    names = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
    for text, unmatched, unknown_name in (
        (
            subject,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The subject has an unmatched brace; write a placeholder as {example}, "
                "or a brace itself as {{{{ or }}}}.",
            ),
            QT_TRANSLATE_NOOP("Errors", "The subject names {name}, which is not one of {names}."),
        ),
        (
            body,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The message has an unmatched brace; write a placeholder as {example}, "
                "or a brace itself as {{{{ or }}}}.",
            ),
            QT_TRANSLATE_NOOP("Errors", "The message names {name}, which is not one of {names}."),
        ),
    ):
        try:
            fields = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
        except ValueError as exc:
            raise ValidationError(unmatched, example="{client}") from exc
        unknown = [f for f in fields if f not in PLACEHOLDERS]
        if unknown:
            raise ValidationError(unknown_name, name="{" + unknown[0] + "}", names=names)
    return Template(subject, body)


def set_template(session: Session, language: str, *, subject: str, body: str) -> Template:
    template = check_template(subject, body)
    stored = dict(get_setting(session, TEMPLATES_SETTING) or {})
    stored[language_code(language)] = {"subject": template.subject, "body": template.body}
    set_setting(session, TEMPLATES_SETTING, stored)
    return template


def reset_template(session: Session, language: str) -> Template:
    """Back to the default wording for `language`."""
    stored = dict(get_setting(session, TEMPLATES_SETTING) or {})
    stored.pop(language_code(language), None)
    set_setting(session, TEMPLATES_SETTING, stored)
    return DEFAULT_TEMPLATES[language_code(language)]


class _Values(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"  # an unknown placeholder stays visible, never crashes


def fill(template: Template, values: dict[str, str]) -> tuple[str, str]:
    data = _Values({k: v for k, v in values.items() if v is not None})
    return template.subject.format_map(data), template.body.format_map(data)


def mailto_url(to: str | None, subject: str, body: str) -> str:
    """`mailto:` with every part percent-encoded (RFC 6068): spaces as %20,
    line breaks as %0D%0A, so any mail program reads it alike."""
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = f"subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return f"mailto:{quote(to or '', safe='@')}?{query}"
