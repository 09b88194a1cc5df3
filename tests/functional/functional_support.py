"""Helpers shared by the resident and staff Pilot tests: a fake idle clock and waiting for workers."""

from __future__ import annotations


class FakeMonotonic:
    """A monotonic clock for the idle timer that only moves when told to."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value

    def advance(self, seconds: float) -> None:
        """Let time pass."""
        self.value += seconds


SETTLE_ROUNDS = 3
"""At most this many rounds of waiting: a worker's result can start another worker."""


async def settle(pilot) -> None:
    """Wait until workers finished and their messages were handled.

    A round waits for the running workers, then for the app to handle what they posted; a handler
    may start another worker, so rounds go on until one ends with no worker running (at most
    ``SETTLE_ROUNDS``). Most keys start none: one round, not three idle waits after every key.
    """
    for _ in range(SETTLE_ROUNDS):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if not pilot.app.workers:
            return
