"""Where the database is: `--db`, then `FUNNEL_DB`, then the user's data folder.

A location is a file path, or a URL when it starts with `scheme://`. Funnel
talks to the schemes in `SUPPORTED_SCHEMES` only; any other URL is refused
here, before anything is created (a `postgresql://…` pasted into `--db` once
made a folder named `postgresql:`); a `postgresql://` URL names a team
server (`funnel.store.server_address`).

A path is used exactly as written (after `~`): it is never pasted into a URL
string, where `?`, `#` and `%` would mean something else.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from platformdirs import user_data_dir

from funnel.errors import UnsupportedDatabaseError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.server_address import ServerAddress, parse_server_url

ENV_VAR = "FUNNEL_DB"

# scheme://… as in RFC 3986; a Windows drive ("C:\\…", "C:/…") has no "//".
_URL = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*)://")


def _sqlite_url_path(text: str) -> Path:
    """`sqlite:///relative.db` or `sqlite:////absolute.db`, as SQLAlchemy reads them."""
    parts = urlsplit(text)
    if parts.query or parts.fragment or parts.netloc:
        raise UnsupportedDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "'{url}' is not a plain SQLite file URL; write sqlite:///PATH or just the path.",
            ),
            url=text,
        )
    path = unquote(parts.path)
    return Path(path[1:] if path.startswith("/") else path).expanduser()


def _server(text: str) -> ServerAddress:
    return parse_server_url(text)


# scheme -> how a URL of it becomes a location Funnel can open.
SUPPORTED_SCHEMES: dict[str, Callable[[str], Path | ServerAddress]] = {
    "sqlite": _sqlite_url_path,
    "postgresql": _server,
    "postgres": _server,
}


def default_db_path() -> Path:
    return Path(user_data_dir("Funnel", appauthor=False)) / "funnel.sqlite3"


def location_of(text: str) -> Path | ServerAddress:
    """The file or team server a `--db` value names; a URL of an unsupported
    scheme is refused."""
    match = _URL.match(text)
    if match is None:
        return Path(text).expanduser()
    scheme = match.group("scheme").lower().split("+", 1)[0]
    opener = SUPPORTED_SCHEMES.get(scheme)
    if opener is None:
        raise UnsupportedDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Funnel cannot open '{scheme}://' databases; give the path of a Funnel "
                "file or a postgresql:// team server address.",
            ),
            scheme=match.group("scheme"),
        )
    return opener(text)


def resolve_db_path(
    arg: str | os.PathLike[str] | None, environ: dict | None = None
) -> Path | ServerAddress:
    """`--db PATH` wins over `FUNNEL_DB`, which wins over the user's data folder."""
    env = os.environ if environ is None else environ
    if arg:
        return location_of(os.fspath(arg))
    if env.get(ENV_VAR):
        return location_of(env[ENV_VAR])
    return default_db_path()
