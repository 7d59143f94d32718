"""What the journal tests share: store specifications that open the same store in this
process and in worker processes, and a way to run a worker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
KINDS = ("sqlite", "postgres", "redis")


@attrs.frozen
class StoreSpec:
    """How to open one store: its kind, and the file, DSN or URL (with a Redis namespace)."""

    kind: str
    target: str
    namespace: str = "{opay}"

    def open(self) -> Any:
        """The store (a journal and inbox store); only its kind's module is imported."""
        if self.kind == "sqlite":
            from opay.journal import SqliteStore

            return SqliteStore(self.target)
        if self.kind == "postgres":
            from opay.journal import PostgresStore

            return PostgresStore(self.target)
        if self.kind == "redis":
            from opay.journal import RedisStore

            return RedisStore(self.target, namespace=self.namespace)
        raise ValueError(f"unknown store kind {self.kind!r}")

    def to_json(self) -> str:
        return json.dumps(attrs.asdict(self))

    @classmethod
    def from_json(cls, text: str) -> StoreSpec:
        return cls(**json.loads(text))


def worker_command(*args: str) -> list[str]:
    """The command line of ``python tests/journal/worker.py ARGS``."""
    return [sys.executable, str(HERE / "worker.py"), *args]


def worker_env() -> dict[str, str]:
    """The environment of a worker: this checkout and the tests' helpers on the import
    path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(HERE), str(HERE.parent)])
    return env


def run_worker(*args: str, timeout: float = 60.0) -> Any:
    """Run a worker to its end; its last output line is JSON, returned decoded."""
    done = subprocess.run(
        worker_command(*args),
        capture_output=True,
        text=True,
        env=worker_env(),
        cwd=ROOT,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise AssertionError(f"worker {args[0]} failed ({done.returncode}):\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def start_worker(*args: str) -> subprocess.Popen[str]:
    """Start a worker; read its JSON lines from ``stdout``."""
    return subprocess.Popen(
        worker_command(*args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=worker_env(),
        cwd=ROOT,
    )
