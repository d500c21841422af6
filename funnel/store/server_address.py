"""A team server's address: `postgresql://user@host:port/dbname?sslmode=…`.

The password is never part of what is shown, stored in settings or written to
a log: `display` leaves it out, and it travels separately (see
`funnel.store.credentials`). Query parameters libpq understands (`sslmode`,
`sslrootcert`, `connect_timeout`, `application_name`…) are kept as given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from funnel.errors import UnsupportedDatabaseError
from funnel.i18n import QT_TRANSLATE_NOOP

DEFAULT_PORT = 5432
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


@dataclass(frozen=True)
class ServerAddress:
    host: str
    database: str
    user: str | None = None
    port: int = DEFAULT_PORT
    options: tuple[tuple[str, str], ...] = ()
    # Only when the person typed it into the URL; compared and shown never.
    password: str | None = field(default=None, compare=False, repr=False)

    @property
    def sslmode(self) -> str | None:
        return dict(self.options).get("sslmode")

    @property
    def display(self) -> str:
        """The address as a person reads it, without the password."""
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = f"?{urlencode(self.options)}" if self.options else ""
        return f"postgresql://{user}{host}:{self.port}/{quote(self.database, safe='')}{query}"

    @property
    def key(self) -> str:
        """What the keyring stores the password under."""
        return f"{self.user or ''}@{self.host}:{self.port}/{self.database}"

    def with_user(self, user: str | None, password: str | None = None) -> ServerAddress:
        return ServerAddress(self.host, self.database, user, self.port, self.options, password)

    def __str__(self) -> str:
        return self.display


def _bad(text: str, why: str) -> UnsupportedDatabaseError:
    return UnsupportedDatabaseError(
        QT_TRANSLATE_NOOP("Errors", "'{url}' is not a team server address: {why}."),
        url=_without_password(text),
        why=why,
    )


def _without_password(text: str) -> str:
    parts = urlsplit(text)
    if parts.password is None:
        return text
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()


def parse_server_url(text: str) -> ServerAddress:
    """`postgresql://[user[:password]@]host[:port]/dbname[?sslmode=…]`
    (also `postgres://` and `postgresql+psycopg://`)."""
    parts = urlsplit(text.strip())
    scheme = parts.scheme.lower().split("+", 1)[0]
    if scheme not in ("postgresql", "postgres"):
        raise _bad(text, "it must start with postgresql://")
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise _bad(text, "the port must be a number from 1 to 65535") from None
    if not parts.hostname:
        raise _bad(text, "the server's name is missing")
    database = unquote(parts.path.lstrip("/"))
    if not database or "/" in database:
        raise _bad(text, "the database name is missing (…/dbname)")
    options = tuple(parse_qsl(parts.query, keep_blank_values=False))
    mode = dict(options).get("sslmode")
    if mode is not None and mode not in SSL_MODES:
        raise _bad(text, f"sslmode must be one of {', '.join(SSL_MODES)}")
    return ServerAddress(
        host=parts.hostname,
        database=database,
        user=unquote(parts.username) if parts.username else None,
        port=port,
        options=options,
        password=unquote(parts.password) if parts.password is not None else None,
    )
