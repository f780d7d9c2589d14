"""A throwaway PostgreSQL server on 127.0.0.1 for the tests, built with Debian's initdb and pg_ctl.

The server lives in a fresh temporary folder on a random free port, trusts local connections
(it listens on 127.0.0.1 only and holds only test data), and is deleted when stopped.

initdb and postgres refuse to run as root: when the tests run as root (CI, containers), every
server command runs as the `postgres` user that Debian's package creates (`runuser -u postgres
-- initdb ...`), and the data folder is handed to that user. Install the server with
`apt-get install -y postgresql`; the binaries are found under /usr/lib/postgresql/*/bin.

    python -m tests.postgres_server   # starts one, prints its URL, stops it on Enter
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "depeche"  # the role initdb creates; no password (trust on 127.0.0.1)


class NoServer(Exception):
    """Why no throwaway server can be started here (the tests skip with this message)."""


def find_bin_dir() -> Path | None:
    """The newest Debian PostgreSQL bin folder holding initdb and pg_ctl, or None."""
    found = [Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")]
    found = [d for d in found if (d / "pg_ctl").exists()]
    if not found:
        return None

    def version(d: Path) -> tuple[int, ...]:
        return tuple(int(x) for x in d.parent.name.split(".") if x.isdigit())

    return max(found, key=version)


def free_port() -> int:
    # The port may be taken between this probe and the server's start; the start then fails loudly.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_as() -> list[str]:
    """The prefix that runs a server command as a non-root user (empty when we are not root)."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise NoServer("running as root and there is no `postgres` user to run initdb as") from None
    # runuser (util-linux, essential on Debian) rather than su: no PAM session, no password prompt.
    runuser = shutil.which("runuser")
    if runuser is None:
        raise NoServer("running as root: runuser (util-linux) is needed to run initdb as the postgres user")
    return [runuser, "-u", "postgres", "--"]


@dataclass
class PostgresServer:
    """One running server; `url(database)` connects to it as the superuser."""

    bin_dir: Path
    data_dir: Path
    port: int
    prefix: list[str] = field(default_factory=list)
    schemas: int = 0

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def fresh_url(self) -> str:
        """The URL of a new, empty store: a schema of its own in the `postgres` database.

        A schema is much cheaper to create than a database, and the URL's `options` put it
        first on the search path, so the store sees nothing else.
        """
        import psycopg

        self.schemas += 1
        schema = f"store_{os.getpid()}_{self.schemas}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        return f"{self.url()}?options=-c%20search_path%3D{schema}"

    def stop(self) -> None:
        subprocess.run(
            [*self.prefix, str(self.bin_dir / "pg_ctl"), "stop", "-D", str(self.data_dir), "-m", "immediate", "-s"],
            capture_output=True,
            timeout=60,
            check=False,
        )
        shutil.rmtree(self.data_dir.parent, ignore_errors=True)


def start_server(timeout: float = 60.0) -> PostgresServer:
    """Initialise and start a server in a new temporary folder; raises NoServer saying why it cannot."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise NoServer("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql")
    prefix = _run_as()
    root = Path(tempfile.mkdtemp(prefix="depeche-pg-"))
    data = root / "data"
    if prefix:
        # mkdtemp makes a 0700 folder owned by root: the postgres user must own it to use it.
        os.chown(root, pwd.getpwnam("postgres").pw_uid, pwd.getpwnam("postgres").pw_gid)
    port = free_port()
    server = PostgresServer(bin_dir, data, port, prefix)
    try:
        _check(
            [*prefix, str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
             "--encoding=UTF8", "--locale=C", "--no-sync"],
            "initdb",
        )
        # Test data only: durability settings off for speed; TCP on 127.0.0.1, the socket in the data folder.
        options = (
            f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={data} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
        )
        _check(
            [*prefix, str(bin_dir / "pg_ctl"), "start", "-D", str(data), "-w", "-t", str(int(timeout)),
             "-s", "-l", str(root / "server.log"), "-o", options],
            "pg_ctl start",
        )
    except BaseException:
        server.stop()
        raise
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            if time.monotonic() > deadline:
                server.stop()
                raise NoServer(f"the PostgreSQL server did not answer on 127.0.0.1:{port}") from None
            time.sleep(0.1)


def _check(command: list[str], what: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        raise NoServer(f"{what} failed ({done.returncode}): {(done.stderr or done.stdout).strip()[-500:]}")


if __name__ == "__main__":  # pragma: no cover - a manual helper for measurements
    running = start_server()
    print(running.url(), flush=True)
    try:
        input("running; press Enter to stop\n")
    finally:
        running.stop()
