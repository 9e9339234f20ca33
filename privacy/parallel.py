"""Running a task over the chunks of a table in forked worker processes, results in order."""
# Workers are forked from the process that already holds the built analyzer (loading it again
# in each worker would cost seconds and hundreds of MB; callers load lazily loaded data before,
# see CellScanner.preload); gc.freeze() before the fork keeps the children's garbage collector
# from touching, and so copying, the pages they share with it.

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

A = TypeVar("A")
R = TypeVar("R")

# The task and its state in a worker process, installed by the pool's initializer (one job per
# pool; the parent never sets it).
_job: tuple[Callable[[Any, Any], Any], Any] | None = None


def default_workers() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether worker processes can be forked here: on Linux, and not inside a daemon process."""
    # macOS offers fork too, but system libraries there are not safe to use after it.
    return sys.platform.startswith("linux") and not mp.current_process().daemon


def _install(task: Callable[[Any, Any], Any], state: Any) -> None:
    global _job
    _job = (task, state)


def _run(argument: Any) -> Any:
    task, state = _job  # type: ignore[misc]
    return task(state, argument)


def map_in_workers(task: Callable[[Any, A], R], state: Any, arguments: Iterable[A],
                   workers: int) -> Iterator[R]:
    """task(state, argument) for each argument, in workers forked now; results in order."""
    # With the fork start method, state reaches the workers by inheritance, not by pickling;
    # arguments and results are pickled, so they should be small (results may be a chunk's
    # output).
    context = mp.get_context("fork")
    gc.freeze()
    try:
        pool = context.Pool(workers, initializer=_install, initargs=(task, state))
    finally:
        gc.unfreeze()
    try:
        yield from pool.imap(_run, arguments)
    except BaseException:  # also GeneratorExit: the caller stopped early
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()
