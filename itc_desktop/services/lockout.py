"""Growing lockouts after repeated misses: the kiosk's code input and staff exit, and signing
in (one lockout per user name, see services/users.authenticate). In-process: they count the
misses at this PC since the program started; another PC, or a restart, counts afresh."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


class Lockout:
    """After `max_failures` misses in a row the input locks for `lock_seconds`; each further
    lock lasts `factor` times longer (up to `max_lock_seconds`). A success forgets it all;
    so does `forget_after` seconds without a miss. The clock is injectable for tests."""

    def __init__(
        self,
        *,
        max_failures: int = 5,
        lock_seconds: float = 60.0,
        factor: float = 2.0,
        max_lock_seconds: float = 3600.0,
        forget_after: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_failures = max_failures
        self.lock_seconds = lock_seconds
        self.factor = factor
        self.max_lock_seconds = max_lock_seconds
        self.forget_after = forget_after
        self.clock = clock
        self.failures = 0
        self.locks = 0  # locks imposed so far: the next one is longer
        self.locked_until: float | None = None
        self._last_failure: float | None = None

    def remaining(self) -> float:
        """Seconds until input is allowed again; 0 when it is allowed now."""
        if self.locked_until is None:
            return 0.0
        left = self.locked_until - self.clock()
        if left <= 0:
            self.locked_until = None
            return 0.0
        return left

    @property
    def locked(self) -> bool:
        return self.remaining() > 0

    def record_failure(self) -> float:
        """Counts a miss; returns the length of the lock it starts, 0 when none."""
        now = self.clock()
        if self._last_failure is not None and now - self._last_failure > self.forget_after:
            self.failures, self.locks = 0, 0
        self._last_failure = now
        self.failures += 1
        if self.failures < self.max_failures:
            return 0.0
        duration = min(self.lock_seconds * self.factor**self.locks, self.max_lock_seconds)
        self.locks += 1
        self.failures = 0
        self.locked_until = now + duration
        return duration

    def record_success(self) -> None:
        self.failures, self.locks = 0, 0
        self.locked_until = self._last_failure = None


class Lockouts:
    """One Lockout per key (a user name), made on the first miss and dropped on a success;
    `settings` are Lockout's. Past `max_keys` keys the ones not locked now are dropped, so made-up
    names cannot fill the memory (each locked one costs `max_failures` password checks)."""

    def __init__(self, *, max_keys: int = 10_000, **settings: Any) -> None:
        self.max_keys = max_keys
        self._settings = settings
        self._by_key: dict[str, Lockout] = {}

    def remaining(self, key: str) -> float:
        lockout = self._by_key.get(key)
        return 0.0 if lockout is None else lockout.remaining()

    def record_failure(self, key: str) -> float:
        lockout = self._by_key.get(key)
        if lockout is None:
            if len(self._by_key) >= self.max_keys:
                self._by_key = {k: v for k, v in self._by_key.items() if v.locked}
            lockout = self._by_key[key] = Lockout(**self._settings)
        return lockout.record_failure()

    def record_success(self, key: str) -> None:
        self._by_key.pop(key, None)
