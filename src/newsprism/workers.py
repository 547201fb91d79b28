"""Run one function over many items in forked worker processes that share the caller's state.

The state (a loaded spaCy pipeline, a batch of analysed articles) reaches the workers by
`fork`, never by pickling; only the items go out and the results come back. Results arrive
in the order of the items.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

Shared = TypeVar("Shared")
Item = TypeVar("Item")
Result = TypeVar("Result")

# What the forked workers inherit: (function, shared state), set just before the pool starts.
_WORK: tuple[Callable[[Any, Any], Any], Any] | None = None


def _run(item: Any) -> Any:
    if _WORK is None:
        raise RuntimeError("worker process started without its work")
    function, shared = _WORK
    return function(shared, item)


def fork_map(function: Callable[[Shared, Item], Result], shared: Shared, items: Sequence[Item],
             processes: int) -> Iterator[Result]:
    """Yield `function(shared, item)` for each item, computed in `processes` forked workers."""
    global _WORK
    _WORK = (function, shared)
    context = multiprocessing.get_context("fork")
    try:
        with context.Pool(processes) as pool:
            yield from pool.imap(_run, items)
    finally:
        _WORK = None
