"""A throwaway PostgreSQL cluster for the tests: `initdb` in a temporary
folder, a free port, password authentication over TCP like a real team
server, stopped (and its folder removed) when the tests end.

Run as root (CI containers), the server runs as the `postgres` user, which
PostgreSQL requires. A machine without PostgreSQL fails the tests that need
it with a message saying how to install it; nothing is skipped silently.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

ADMIN = "funnel_admin"
ADMIN_PASSWORD = "admin-secret"
FAST = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "


def _bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True):
        return candidate
    raise RuntimeError(
        f"PostgreSQL's {name} was not found: the team-mode tests need a PostgreSQL server "
        "(Debian: apt-get install postgresql). .ci/run installs it."
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user(args: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@dataclass
class Cluster:
    folder: Path
    port: int
    host: str = "127.0.0.1"
    durable: bool = False  # the tests trade crash safety for speed; a benchmark must not

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str, user: str = ADMIN, password: str | None = ADMIN_PASSWORD) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql://{user}{secret}@{self.host}:{self.port}/{database}"

    def _ctl(self, *args: str) -> None:
        subprocess.run(
            _as_server_user([_bin("pg_ctl"), "-D", str(self.data), "-w", "-t", "30", *args]),
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def start(self) -> None:
        self._ctl(
            "-o",
            f"-p {self.port} -k {self.folder} -c listen_addresses={self.host} "
            + (
                ""
                if self.durable
                else "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            )
            + "-c max_connections=200",
            "-l",
            str(self.folder / "log"),
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._ctl("-m", mode, "stop")

    def restart(self) -> None:
        self.stop()
        self.start()

    def admin_execute(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(
            host=self.host, port=self.port, user=ADMIN, password=ADMIN_PASSWORD,
            dbname=database, autocommit=True,
        ) as conn:  # fmt: skip
            conn.execute(sql)


def start_cluster(*, durable: bool = False) -> Cluster:
    folder = Path(tempfile.mkdtemp(prefix="funnel-pg-"))
    os.chmod(folder, 0o777)  # the server user writes its socket and log here
    cluster = Cluster(folder, _free_port(), durable=durable)
    pwfile = folder / "pw"
    pwfile.write_text(ADMIN_PASSWORD)
    os.chmod(pwfile, 0o644)
    subprocess.run(
        _as_server_user([
            _bin("initdb"), "-D", str(cluster.data), "-U", ADMIN, f"--pwfile={pwfile}",
            "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        ]),
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    cluster.start()
    return cluster


def remove_cluster(cluster: Cluster) -> None:
    cluster.stop("immediate")
    shutil.rmtree(cluster.folder, ignore_errors=True)


def fresh_name(prefix: str = "t") -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"
