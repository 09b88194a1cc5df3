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


async def settle(pilot) -> None:
    """Wait until workers finished and their messages were handled."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
