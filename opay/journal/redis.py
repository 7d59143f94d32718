"""A journal and inbox store in Redis (redis-py), shared by processes on many machines.

Each entry is a hash; the PENDING ones are also in a sorted set by start time. Claims and
completions are Lua scripts, which Redis runs atomically: a claim records the entry only if
the slot is free (or holds the expected FAILED generation), a completion only if the entry
is still PENDING in that generation. All keys share one hash tag (the ``namespace``,
``{opay}`` by default), so the scripts also run on a Redis Cluster. Give Redis persistence
(``appendonly yes``) or the journal does not survive a restart of Redis itself. Install with
``pip install "onlinepayments-opay[redis]"``.
"""

from __future__ import annotations

from typing import Any

from opay._version import pip_install
from opay.journal.entry import COLUMNS, Entry, State

try:
    import redis
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(f"RedisStore needs redis-py: {pip_install('redis')}") from exc

_CLAIM = """
local state = redis.call('HGET', KEYS[1], 'state')
if ARGV[1] == '' then
  if state then return 0 end
else
  if state ~= 'failed' or redis.call('HGET', KEYS[1], 'generation') ~= ARGV[1] then
    return 0
  end
  redis.call('DEL', KEYS[1])
end
redis.call('HSET', KEYS[1], unpack(ARGV, 4))
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""

_COMPLETE = """
if redis.call('HGET', KEYS[1], 'state') ~= 'pending'
   or redis.call('HGET', KEYS[1], 'generation') ~= ARGV[1] then
  return 0
end
redis.call('HDEL', KEYS[1], 'request', 'status', 'response_body')
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
redis.call('ZREM', KEYS[2], ARGV[2])
return 1
"""

_CLAIM_EVENT = """
local held = redis.call('HMGET', KEYS[1], 'state', 'claimed_at')
if held[1] then
  if held[1] == 'claimed' and tonumber(held[2]) < tonumber(ARGV[4]) - tonumber(ARGV[5]) then
    redis.call('HSET', KEYS[1], 'claimed_at', ARGV[4])
    return 'claimed'
  end
  return 'duplicate'
end
local state = 'claimed'
local ordered = ARGV[2] ~= '' and ARGV[3] ~= ''
if ordered then
  local newer = redis.call('ZRANGEBYSCORE', KEYS[2], '(' .. ARGV[3], '+inf', 'LIMIT', 0, 1)
  if #newer > 0 then state = 'stale' end
end
redis.call('HSET', KEYS[1], 'state', state, 'resource', ARGV[2], 'created', ARGV[3],
           'claimed_at', ARGV[4])
if ordered then redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1]) end
return state
"""

_RELEASE_EVENT = """
if redis.call('HGET', KEYS[1], 'state') ~= 'claimed' then return 0 end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
"""

_INTEGERS = frozenset({"generation", "status"})
_FLOATS = frozenset({"started", "finished"})


def _text(value: object) -> str:
    return repr(value) if isinstance(value, float) else str(value)


def _fields(entry: Entry) -> list[str]:
    pairs: list[str] = []
    for name in COLUMNS:
        value = getattr(entry, name)
        if name == "state":
            value = value.value
        if value is not None:
            pairs += [name, _text(value)]
    return pairs


def _entry(data: dict[str, str]) -> Entry:
    values: dict[str, Any] = {}
    for name in COLUMNS:
        raw = data.get(name)
        if raw is None:
            continue
        values[name] = int(raw) if name in _INTEGERS else float(raw) if name in _FLOATS else raw
    return Entry(**values)


class RedisStore:
    """A store in the Redis database at ``url`` (``redis://host:port/db``); keys start with
    ``namespace``."""

    def __init__(self, url: str, *, namespace: str = "{opay}") -> None:
        if not namespace:
            raise ValueError("namespace must not be empty")
        self.url = url
        self.namespace = namespace
        self._redis: redis.Redis = redis.Redis.from_url(url, decode_responses=True)
        self._claim = self._redis.register_script(_CLAIM)
        self._complete = self._redis.register_script(_COMPLETE)
        self._claim_event = self._redis.register_script(_CLAIM_EVENT)
        self._release_event = self._redis.register_script(_RELEASE_EVENT)
        self._pending_key = f"{namespace}:journal:pending"

    def _key(self, slot: str) -> str:
        return f"{self.namespace}:journal:{slot}"

    # -- journal ----------------------------------------------------------------------------

    def claim(self, entry: Entry, replaces: int | None = None) -> bool:
        """See :meth:`opay.journal.store.JournalStore.claim`."""
        won = self._claim(
            keys=[self._key(entry.slot), self._pending_key],
            args=[
                "" if replaces is None else str(replaces),
                repr(entry.started),
                entry.slot,
                *_fields(entry),
            ],
        )
        return bool(won)

    def complete(
        self,
        slot: str,
        generation: int,
        state: State,
        *,
        finished: float,
        status: int | None = None,
        response_body: str | None = None,
    ) -> bool:
        """See :meth:`opay.journal.store.JournalStore.complete`."""
        pairs = ["state", state.value, "finished", repr(finished)]
        if status is not None:
            pairs += ["status", str(status)]
        if response_body is not None:
            pairs += ["response_body", response_body]
        done = self._complete(
            keys=[self._key(slot), self._pending_key], args=[str(generation), slot, *pairs]
        )
        return bool(done)

    def get(self, slot: str) -> Entry | None:
        """See :meth:`opay.journal.store.JournalStore.get`."""
        data: dict[str, str] = self._redis.hgetall(self._key(slot))  # type: ignore[assignment]
        return _entry(data) if data else None

    def pending(self, started_before: float) -> list[Entry]:
        """See :meth:`opay.journal.store.JournalStore.pending`."""
        slots: list[str] = self._redis.zrangebyscore(  # type: ignore[assignment]
            self._pending_key, "-inf", f"({started_before!r}"
        )
        pipe = self._redis.pipeline(transaction=False)
        for slot in slots:
            pipe.hgetall(self._key(slot))
        found = [_entry(data) for data in pipe.execute() if data]
        return [entry for entry in found if entry.state is State.PENDING]

    # -- inbox ------------------------------------------------------------------------------

    def _event_keys(self, event_id: str, resource_id: str | None) -> list[str]:
        return [
            f"{self.namespace}:inbox:event:{event_id}",
            f"{self.namespace}:inbox:resource:{resource_id or ''}",
        ]

    def claim_event(
        self,
        event_id: str,
        resource_id: str | None,
        created: float | None,
        *,
        now: float,
        lease: float,
    ) -> str:
        """See :meth:`opay.journal.store.InboxStore.claim_event`."""
        state = self._claim_event(
            keys=self._event_keys(event_id, resource_id),
            args=[
                event_id,
                resource_id or "",
                "" if created is None else repr(created),
                repr(now),
                repr(float(lease)),
            ],
        )
        return str(state)

    def finish_event(self, event_id: str) -> None:
        """See :meth:`opay.journal.store.InboxStore.finish_event`."""
        self._redis.hset(f"{self.namespace}:inbox:event:{event_id}", "state", "done")

    def release_event(self, event_id: str) -> None:
        """See :meth:`opay.journal.store.InboxStore.release_event`."""
        key = f"{self.namespace}:inbox:event:{event_id}"
        resource: str | None = self._redis.hget(key, "resource")  # type: ignore[assignment]
        self._release_event(keys=self._event_keys(event_id, resource), args=[event_id])

    def close(self) -> None:
        """Close the connection pool."""
        self._redis.close()

    def __repr__(self) -> str:
        return f"RedisStore(<url>, namespace={self.namespace!r})"
