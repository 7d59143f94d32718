"""Throwaway PostgreSQL and Redis servers for the tests: on loopback, on free ports, with
their data in a temporary directory that is removed afterwards.

The binaries are Debian's ``postgresql`` and ``redis-server`` (``make test`` installs them
when missing). PostgreSQL refuses to run as root, so as root the server runs as the
``postgres`` user (``runuser``), owning its data directory. A server that cannot start
raises :class:`ServerUnavailable` with what to install or what its log said.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import attrs


class ServerUnavailable(RuntimeError):
    """A test server could not be started."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (now)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_for_port(port: int, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    text = log.read_text(errors="replace")[-2000:] if log.exists() else "(no log)"
    raise ServerUnavailable(f"server on port {port} did not start in {timeout} s; log:\n{text}")


def _postgres_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if found:
        return found[-1]
    path = shutil.which(name)
    if path is None:
        raise ServerUnavailable(
            f"PostgreSQL's {name} is not installed: apt-get install -y postgresql "
            "(make test does it)"
        )
    return path


@attrs.define
class PostgresServer:
    """A running throwaway PostgreSQL; ``dsn`` connects as its superuser."""

    directory: Path
    port: int
    as_user: tuple[str, ...]

    @property
    def dsn(self) -> str:
        return f"postgresql://opay@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        subprocess.run(
            [
                *self.as_user,
                _postgres_bin("pg_ctl"),
                "-D",
                str(self.directory / "data"),
                "-m",
                "immediate",
                "stop",
            ],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.directory, ignore_errors=True)


def start_postgres(timeout: float = 30.0) -> PostgresServer:
    """Initialise and start a PostgreSQL cluster in a temporary directory."""
    initdb, pg_ctl = _postgres_bin("initdb"), _postgres_bin("pg_ctl")
    directory = Path(tempfile.mkdtemp(prefix="opay-pg-"))
    as_user: tuple[str, ...] = ()
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            raise ServerUnavailable("running as root without runuser: cannot start PostgreSQL")
        as_user = ("runuser", "-u", "postgres", "--")
        shutil.chown(directory, "postgres", "postgres")
    os.chmod(directory, 0o700)
    data, log = directory / "data", directory / "log"
    port = free_port()
    init = subprocess.run(
        [
            *as_user,
            initdb,
            "-D",
            str(data),
            "-U",
            "opay",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if init.returncode != 0:
        shutil.rmtree(directory, ignore_errors=True)
        raise ServerUnavailable(f"initdb failed: {init.stderr[-2000:]}")
    options = (
        f"-c listen_addresses=127.0.0.1 -p {port} -k {directory} -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
    )
    start = subprocess.run(
        [
            *as_user,
            pg_ctl,
            "-D",
            str(data),
            "-l",
            str(log),
            "-o",
            options,
            "-w",
            "-t",
            str(int(timeout)),
            "start",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    server = PostgresServer(directory, port, as_user)
    if start.returncode != 0:
        text = log.read_text(errors="replace")[-2000:] if log.exists() else start.stderr
        server.stop()
        raise ServerUnavailable(f"PostgreSQL did not start: {text}")
    _wait_for_port(port, timeout, log)
    return server


@attrs.define
class RedisServer:
    """A running throwaway Redis; ``url`` connects to its database 0."""

    directory: Path
    port: int
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        self.process.kill()  # a throwaway server: nothing to save
        self.process.wait()
        shutil.rmtree(self.directory, ignore_errors=True)


def start_redis(timeout: float = 15.0) -> RedisServer:
    """Start a Redis without persistence in a temporary directory."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise ServerUnavailable(
            "redis-server is not installed: apt-get install -y redis-server (make test does it)"
        )
    directory = Path(tempfile.mkdtemp(prefix="opay-redis-"))
    port = free_port()
    log = directory / "log"
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(directory),
            "--logfile",
            str(log),
            "--daemonize",
            "no",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = RedisServer(directory, port, process)
    try:
        _wait_for_port(port, timeout, log)
    except ServerUnavailable:
        server.stop()
        raise
    return server
