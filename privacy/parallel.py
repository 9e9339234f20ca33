"""Running a task over the chunks of a table in forked worker processes, results in order."""
# Workers are forked from the process that already holds the built analyzer (loading it again
# in each worker would cost seconds and hundreds of MB; callers load lazily loaded data before,
# see CellScanner.preload); gc.freeze() before the fork keeps the children's garbage collector
# from touching, and so copying, the pages they share with it.
#
# Worker k takes arguments k, k + n, k + 2n … (n workers) and sends each result down a pipe of
# its own, so there is no shared task queue or lock that an interrupted process could leave
# held: whatever goes wrong in the parent (an error, Ctrl-C, the caller stopping early), the
# workers are killed and reaped, and a worker's error is raised in the parent in table order.

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

A = TypeVar("A")
R = TypeVar("R")

AHEAD = 2  # results a worker may have waiting in the parent before it must wait (memory)


class WorkerError(RuntimeError):
    """A worker failed with an error that could not be sent back as it was."""


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


def _work(task: Callable[[Any, Any], Any], state: Any, arguments: Sequence[Any], first: int,
          step: int, results: Connection, parents_ends: list[Connection]) -> None:
    """A worker: task(state, argument) for arguments[first::step], each result sent in order."""
    # Ctrl-C reaches the whole process group: the parent alone decides to stop (and kills the
    # workers), instead of every worker printing its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for end in parents_ends:  # so that a send fails, rather than blocks, if the parent dies
        end.close()
    try:
        for index in range(first, len(arguments), step):
            try:
                outcome = (True, task(state, arguments[index]))
            except Exception as error:  # sent to the parent, raised there in turn
                outcome = (False, error)
            try:
                results.send(outcome)
            except OSError:
                return  # the parent has gone away
            except Exception as unsendable:  # e.g. a result or error that cannot be pickled
                what = "result" if outcome[0] else f"error ({type(outcome[1]).__name__})"
                results.send((False, WorkerError(f"a worker process could not send back its "
                                                 f"{what}: {type(unsendable).__name__}")))
                return
            if not outcome[0]:
                return
    finally:
        results.close()


def map_in_workers(task: Callable[[Any, A], R], state: Any, arguments: Sequence[A],
                   workers: int) -> Iterator[R]:
    """task(state, argument) for each argument, in workers forked now; results in order."""
    # state and arguments reach the workers by inheritance (fork), not by pickling; results
    # are pickled through the pipes.
    context = mp.get_context("fork")
    count = len(arguments)
    workers = max(1, min(workers, count))
    pipes: list[Connection] = []
    processes = []
    gc.freeze()
    try:
        for first in range(workers):
            receiver, sender = context.Pipe(duplex=False)
            pipes.append(receiver)
            process = context.Process(
                target=_work, daemon=True,
                args=(task, state, arguments, first, workers, sender, list(pipes)),
            )
            process.start()
            sender.close()  # the worker's end: closed here, so a dead worker reads as EOF
            processes.append(process)
    except BaseException:
        _stop(processes, pipes)
        raise
    finally:
        gc.unfreeze()
    try:
        yield from _in_order(pipes, count)
    finally:
        _stop(processes, pipes)


def _in_order(pipes: list[Connection], count: int) -> Iterator[Any]:
    """Results 0 … count-1 from the workers' pipes (result i comes from pipe i % workers)."""
    workers = len(pipes)
    waiting: dict[int, Any] = {}                 # results received ahead of their turn
    received = [0] * workers                     # results received from each pipe
    failed = [False] * workers                   # a worker stops after sending an error
    for index in range(count):
        while index not in waiting:
            # Read from pipes whose worker has results left and is not too far ahead (the one
            # due is always read).
            ready = [pipe for k, pipe in enumerate(pipes) if not failed[k]
                     and k + received[k] * workers < min(count, index + AHEAD * workers)]
            for pipe in wait(ready):
                k = pipes.index(pipe)
                try:
                    ok, value = pipe.recv()
                except EOFError:
                    raise WorkerError("a worker process ended without its results") from None
                position = k + received[k] * workers
                received[k] += 1
                failed[k] = not ok
                waiting[position] = value if ok else _Raise(value)
        value = waiting.pop(index)
        if isinstance(value, _Raise):
            raise value.error
        yield value


class _Raise:
    """A worker's error, raised when its turn comes (errors of earlier chunks come first)."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


def _stop(processes: list[Any], pipes: list[Connection]) -> None:
    """Kill and reap the workers (finished ones simply exit) and close the pipes."""
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join()
    for pipe in pipes:
        pipe.close()
