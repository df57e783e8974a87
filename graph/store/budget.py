"""Query budgets: the time limit and the cancel check that a store applies to queries without their own.

A query given an explicit ``timeout`` (the SPARQL endpoint's) keeps it. Every other query — what
pages, the REST API, the graph API and exports ask — is held to the *budget* in force where it is
made: :func:`budget` opens one for a block of code (the web layer opens one per request, with the
``view_timeout`` setting and a check that the client is still there), and outside any budget the
store's own ``default_timeout`` applies. The queries of one block share its deadline, so a view that
runs several queries answers within one limit, whatever their number.

Budgets live in a context variable: each request thread sees its own, and a thread started for
background work (the graph view's build) starts outside any, so it opens its own
(``budget(None)``: no limit).
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

__all__ = ["Budget", "budget", "current", "resolve_timeout", "UNLIMITED"]

#: What :func:`resolve_timeout` returns for "no limit".
UNLIMITED = None


@dataclass
class Budget:
    """A deadline (monotonic seconds, None: none) and a check that the caller still waits."""

    deadline: float | None
    cancelled: Callable[[], bool] | None = None

    def remaining(self) -> float | None:
        """Return the seconds left (None: no deadline), never below a millisecond."""
        if self.deadline is None:
            return None
        return max(self.deadline - time.monotonic(), 0.001)

    def is_cancelled(self) -> bool:
        """Return whether the caller has gone (the client closed its connection)."""
        if self.cancelled is None:
            return False
        try:
            return bool(self.cancelled())
        except Exception:  # noqa: BLE001 - a failing check must not fail the query
            return False


_current: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("vnkg_query_budget", default=None)


def current() -> Budget | None:
    """Return the budget in force here, or None."""
    return _current.get()


@contextlib.contextmanager
def budget(seconds: float | None, cancelled: Callable[[], bool] | None = None) -> Iterator[Budget]:
    """Hold the queries made in this block to ``seconds`` in all (None or 0: no limit)."""
    b = Budget(time.monotonic() + seconds if seconds else None, cancelled)
    token = _current.set(b)
    try:
        yield b
    finally:
        _current.reset(token)


def resolve_timeout(timeout: float | None, default: float | None) -> tuple[float | None, Budget | None]:
    """Return (seconds a query may run, the budget it draws on) for a query given ``timeout``.

    An explicit ``timeout`` wins (0: no limit); without one, the budget in force, else ``default``.
    """
    b = current()
    if timeout is not None:
        return (timeout or UNLIMITED), b
    if b is not None:
        return b.remaining(), b
    return (default or UNLIMITED), None
