"""Stores for the journal tests: SQLite in a temporary file, and PostgreSQL and Redis on
throwaway servers started once per session (see :mod:`tests.servers`). A server that cannot
start fails the tests that need it, with the reason: these tests are never skipped."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

# the helpers of tests/ (reliability_support) next to those of this folder
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journal_support import KINDS, StoreSpec
from servers import (
    PostgresServer,
    RedisServer,
    ServerUnavailable,
    start_postgres,
    start_redis,
)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        server = start_postgres()
    except ServerUnavailable as exc:
        pytest.fail(f"the PostgreSQL journal tests need a PostgreSQL server: {exc}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    try:
        server = start_redis()
    except ServerUnavailable as exc:
        pytest.fail(f"the Redis journal tests need a Redis server: {exc}")
    yield server
    server.stop()


_databases = itertools.count()


def fresh_spec(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> StoreSpec:
    """An empty store of ``kind``: a new file, database or namespace."""
    number = next(_databases)
    if kind == "sqlite":
        return StoreSpec("sqlite", str(tmp_path / f"journal-{number}.db"))
    if kind == "postgres":
        server: PostgresServer = request.getfixturevalue("postgres_server")
        name = f"journal_{number}"
        with psycopg.connect(server.dsn, autocommit=True) as db:
            db.execute(f"CREATE DATABASE {name}")
        return StoreSpec("postgres", server.dsn.rsplit("/", 1)[0] + f"/{name}")
    if kind == "redis":
        redis_server: RedisServer = request.getfixturevalue("redis_server")
        return StoreSpec("redis", redis_server.url, namespace=f"{{test-{number}}}")
    raise ValueError(kind)


@pytest.fixture(params=KINDS)
def store_spec(request: pytest.FixtureRequest, tmp_path: Path) -> StoreSpec:
    """An empty store of each kind in turn."""
    return fresh_spec(request.param, request, tmp_path)


@pytest.fixture
def make_spec(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str], StoreSpec]:
    """Makes an empty store of a given kind."""
    return lambda kind: fresh_spec(kind, request, tmp_path)
