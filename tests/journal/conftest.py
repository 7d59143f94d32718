"""Stores for the journal tests: SQLite in a temporary file, and PostgreSQL and Redis on
throwaway servers started once per session (see :mod:`tests.servers`). A server that cannot
start fails the tests that need it, with the reason: these tests are never skipped."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# the helpers of tests/ (reliability_support) next to those of this folder
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journal_support import KINDS, StoreSpec, fresh_spec
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


@pytest.fixture(params=KINDS)
def store_spec(request: pytest.FixtureRequest, tmp_path: Path) -> StoreSpec:
    """An empty store of each kind in turn."""
    return fresh_spec(request.param, request, tmp_path)
