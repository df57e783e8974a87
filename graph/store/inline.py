"""Which time-limited queries run in the calling thread: shapes proven light skip the hand-off.

A time-limited query runs where it can be stopped: in a query worker process (on disk) or a
helper thread (in memory). That hand-off costs more than a light query itself (a label lookup
takes the engine ~30 µs; the round trip to a worker several times that). So the store learns,
per query *shape* — the text with its string and number literals blanked, so that the same
lookup for another name is the same shape — how long its runs take. Once the last ``proof``
runs of a shape each finished within ``budget`` seconds, its queries run in the calling thread.
An inline run over the budget sends the shape back to the workers; a new store generation (a
write, a build) forgets every shape, since the data the proofs ran on has changed.

An inline run cannot be stopped once the engine has it. :class:`Watchdog` notices one that
passes its time limit and calls ``on_runaway``: by default that logs and demotes the shape
(the request finishes late); ``vnkg serve`` on an on-disk store ends the server process
instead, which its HTTP server replaces, and pauses inlining in every process for a while
(:meth:`InlinePolicy.pause`) — the hard limit holds, at the price of the connections that process
held, and repeating the trick gains nothing. It takes a shape proven light whose new literals
make it heavy.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from typing import Any

__all__ = ["InlinePolicy", "Watchdog", "query_shape"]

log = logging.getLogger(__name__)

# One pass over the text: IRIs and LIMIT/OFFSET values are kept (those bound the work), quoted
# strings and numbers are blanked. Long strings ("""…""") are not blanked: with them a quote in a comment
# could swallow query text, so such a query is its own shape.
_TOKENS = re.compile(
    r"""(?P<keep>\b(?:LIMIT|OFFSET)\s+\d+|<[^<>"{}|^`\\\s]*>)"""
    r"""|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'"""
    r"""|(?<![\w:.-])[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?![\w:])""",
    re.IGNORECASE,
)


def _blank(match: re.Match[str]) -> str:
    if match.group("keep"):
        return match.group(0)
    return '""' if match.group(0)[0] in "\"'" else "0"


@functools.lru_cache(maxsize=2048)
def query_shape(sparql: str) -> str:
    """Return ``sparql`` with its string and number literals blanked (LIMIT/OFFSET kept)."""
    if '"""' in sparql or "'''" in sparql:
        return sparql
    return _TOKENS.sub(_blank, sparql)


class InlinePolicy:
    """Learn which query shapes are light enough to run in the calling thread."""

    def __init__(self, budget: float, *, proof: int = 3, max_shapes: int = 4096):
        self.budget = budget
        self.proof = proof
        self.max_shapes = max_shapes
        self._runs: OrderedDict[Hashable, int] = OrderedDict()  # shape → light runs in a row
        self._generation: str | None = None
        self._lock = threading.Lock()
        #: ``time.time()`` before which nothing runs inline (after a runaway: see :meth:`pause`).
        self.paused_until = 0.0

    def pause(self, until: float) -> None:
        """Run nothing inline before ``until`` (a ``time.time()``) and forget every shape."""
        with self._lock:
            self.paused_until = max(self.paused_until, until)
            self._runs.clear()

    def key(self, sparql: str, spec: Mapping[str, Any]) -> Hashable:
        """Return the key runs of this query are counted under (its shape and dataset)."""
        dataset = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in sorted(spec.items()))
        return query_shape(sparql), dataset

    def _sync(self, generation: str) -> None:
        if generation != self._generation:
            self._runs.clear()
            self._generation = generation

    def inline(self, key: Hashable, generation: str) -> bool:
        """Return whether a query under ``key`` may run in the calling thread."""
        if self.paused_until and time.time() < self.paused_until:
            return False
        with self._lock:
            self._sync(generation)
            return self._runs.get(key, 0) >= self.proof

    def record(self, key: Hashable, generation: str, seconds: float) -> None:
        """Count one finished run of ``seconds``: a light one towards the proof, a slow one resets it."""
        with self._lock:
            self._sync(generation)
            if seconds <= self.budget:
                self._runs[key] = self._runs.get(key, 0) + 1
                self._runs.move_to_end(key)
                while len(self._runs) > self.max_shapes:
                    self._runs.popitem(last=False)
            else:
                self._runs.pop(key, None)

    def demote(self, key: Hashable) -> None:
        """Send a shape back to the workers."""
        with self._lock:
            self._runs.pop(key, None)


class Watchdog:
    """Watch inline runs; call ``on_runaway(description, seconds)`` for one past its deadline."""

    def __init__(self, on_runaway: Callable[[str, float], None] | None = None):
        self.on_runaway = on_runaway
        self._watched: dict[int, tuple[float, str, float, Callable[[], None]]] = {}
        self._ids = itertools.count()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    def watch(self, deadline: float, description: str, demote: Callable[[], None]) -> int:
        """Start watching a run that must end by ``deadline`` (monotonic); return its token."""
        token = next(self._ids)
        with self._cond:
            self._watched[token] = (deadline, description, time.monotonic(), demote)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="vnkg-watchdog", daemon=True)
                self._thread.start()
        return token

    def release(self, token: int) -> None:
        """Stop watching a run (it finished or was dropped)."""
        with self._cond:
            self._watched.pop(token, None)

    def _run(self) -> None:
        while True:
            fired = []
            with self._cond:
                now = time.monotonic()
                for token, (deadline, description, started, demote) in list(self._watched.items()):
                    if now > deadline:
                        del self._watched[token]
                        fired.append((description, now - started, demote))
                if not fired:
                    nearest = min((w[0] for w in self._watched.values()), default=None)
                    self._cond.wait(0.5 if nearest is None else min(max(nearest - now, 0.01), 0.5))
            for description, seconds, demote in fired:
                demote()
                log.error("a query run in the request thread passed its time limit (%.1f s) and cannot "
                          "be stopped there: %s", seconds, description[:200])
                if self.on_runaway is not None:
                    self.on_runaway(description, seconds)
