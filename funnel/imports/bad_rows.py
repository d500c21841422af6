"""All or nothing: an import with rows it cannot read writes nothing unless
the person chose to skip them. One rule and one message for every import."""

from __future__ import annotations

from collections.abc import Sized

from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP


def refuse_bad_rows(file: str, errors: Sized, *, skip: bool) -> None:
    if len(errors) and not skip:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{count} row(s) of {file} cannot be imported; nothing was written. "
                "Fix them or skip the bad rows.",
            ),
            count=len(errors),
            file=file,
        )
