"""The machine's other cores, for the per-story work of a large build.

MkDocs builds on one core. Extracting the stories and rendering their pages
happen before it starts, one story (or entity) at a time and independently,
so on Linux they are shared out to processes forked from the build: a fork
already holds everything read so far, so nothing but the results is copied
(pickled through a pipe). Output is the same as one process makes, in the
same order; ``PENJELAS_JOBS=1`` turns this off.

Not used when another thread runs (``mkdocs serve``'s server, a plugin's
pool), which makes forking unsafe, nor where ``fork`` is missing or unsafe
(Windows, macOS); ``mkdocs serve`` rebuilds re-extract only what changed. A worker that fails is not trusted: its
share is done again in the build's own process, so an error surfaces there,
as it would without workers.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS_PER_JOB = 4  # below this a fork costs more than it saves


def default_jobs() -> int:
    """``PENJELAS_JOBS`` if set, else the cores this process may use (at most 8)."""
    wanted = os.environ.get("PENJELAS_JOBS", "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def can_fork() -> bool:
    """Linux, and no other thread running: a thread holding a lock at the fork
    (a plugin's pool, a server) would leave it locked for good in the worker."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1


def map_in_processes(fn: Callable[[T], R], items: Sequence[T], jobs: int) -> list[R]:
    """``[fn(x) for x in items]``, shared among ``jobs`` processes when that pays."""
    jobs = min(jobs, len(items) // MIN_ITEMS_PER_JOB)
    if jobs <= 1 or not can_fork():
        return [fn(x) for x in items]
    shares = [list(range(k, len(items), jobs)) for k in range(jobs)]  # interleaved: stories differ in size
    children = []
    for share in shares[1:]:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker: compute its share, send it, leave without running any exit handler
            status = 1
            try:
                os.close(read_end)
                data = pickle.dumps([fn(items[i]) for i in share], protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write_end, "wb") as out:
                    out.write(data)
                status = 0
            finally:
                os._exit(status)
        os.close(write_end)
        children.append((pid, read_end, share))
    results: list = [None] * len(items)
    try:
        for i in shares[0]:
            results[i] = fn(items[i])
        while children:
            pid, read_end, share = children.pop(0)
            try:
                with os.fdopen(read_end, "rb") as pipe:
                    data = pipe.read()
            finally:
                _, status = os.waitpid(pid, 0)
            try:
                got = pickle.loads(data) if os.waitstatus_to_exitcode(status) == 0 else None
            except Exception:
                got = None
            if got is None or len(got) != len(share):
                got = [fn(items[i]) for i in share]
            for i, value in zip(share, got):
                results[i] = value
    finally:  # the build's own share failed: stop the workers rather than leave them waiting
        for pid, read_end, _ in children:
            os.close(read_end)
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    return results
