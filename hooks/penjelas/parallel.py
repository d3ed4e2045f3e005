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
import struct
import sys
import threading
import time
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


_HEADER = struct.Struct("<Q")


class InBackground:
    """``[fn(x) for x in items]``, made by forked processes while this one goes
    on with something else (MkDocs converting the pages already made).

    ``work[i]`` waits for result ``i`` if it is not there yet, and keeps it. Each worker
    sends its share (interleaved, like ``map_in_processes``) one result at a
    time, length-prefixed, through a pipe. A worker that fails or sends
    something unreadable is not trusted: the rest of its share is made in
    this process, on demand, so an error surfaces here. ``seconds`` is the
    time this process spent waiting for, reading or making results (and
    ``cpu_seconds`` its CPU time): time the build spent on them that no hook
    event shows. ``close()`` reaps the workers."""

    def __init__(self, fn: Callable[[T], R], items: Sequence[T], workers: int):
        self.fn, self.items = fn, items
        self.seconds = self.cpu_seconds = 0.0
        self.results: dict[int, R] = {}
        self.children: list[list] = []  # [pid, reader or None, positions still to read]
        self.n = workers
        for k in range(workers):
            read_end, write_end = os.pipe()
            _widen(write_end)
            pid = os.fork()
            if pid == 0:
                _serve_share(fn, items, range(k, len(items), workers), read_end, write_end, self.children)
            os.close(write_end)
            self.children.append([pid, os.fdopen(read_end, "rb"), list(range(k, len(items), workers))])

    def __getitem__(self, i: int) -> R:
        if i in self.results:
            return self.results[i]
        start, cpu = time.perf_counter(), time.process_time()
        try:
            child = self.children[i % self.n]
            while i not in self.results:
                self._next(child, i)
            return self.results[i]
        finally:
            self.seconds += time.perf_counter() - start
            self.cpu_seconds += time.process_time() - cpu

    def _next(self, child: list, wanted: int) -> None:
        """Read the child's next result; if it cannot be had, make ``wanted`` here."""
        pid, reader, todo = child
        if reader is not None:
            try:
                head = reader.read(_HEADER.size)
                data = reader.read(_HEADER.unpack(head)[0]) if len(head) == _HEADER.size else b""
                value = pickle.loads(data)
            except Exception:
                value = _FAILED
            if value is not _FAILED:
                self.results[todo.pop(0)] = value
                return
            self._stop(child)
        self.results[wanted] = self.fn(self.items[wanted])

    @staticmethod
    def _stop(child: list) -> None:
        pid, reader, _ = child
        if reader is not None:
            reader.close()
            child[1] = None
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(pid, 0)

    def close(self) -> None:
        for child in self.children:
            self._stop(child)

    def __del__(self):  # a build that failed before close()
        try:
            self.close()
        except Exception:
            pass


_FAILED = object()


def _widen(fd: int) -> None:
    """A larger pipe lets a worker run further ahead of the reader (Linux; 64 KB otherwise)."""
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, 1 << 20)
    except (ImportError, AttributeError, OSError):
        pass


def _serve_share(fn, items, share, read_end: int, write_end: int, earlier: list) -> None:
    """In the worker: send each result as it is made, then leave without running any exit handler."""
    status = 1
    try:
        os.close(read_end)
        for _, reader, _ in earlier:  # the other workers' pipes: their reader must be the only one
            if reader is not None:
                reader.close()
        with os.fdopen(write_end, "wb") as out:
            for i in share:
                data = pickle.dumps(fn(items[i]), protocol=pickle.HIGHEST_PROTOCOL)
                out.write(_HEADER.pack(len(data)))
                out.write(data)
                out.flush()
        status = 0
    finally:
        os._exit(status)


def in_background(fn: Callable[[T], R], items: Sequence[T], jobs: int) -> InBackground | None:
    """An ``InBackground`` with one worker per core but this one, or None when
    forking is not possible or not worth it (then the caller makes the results)."""
    workers = min(jobs - 1, len(items) // MIN_ITEMS_PER_JOB) if jobs > 1 else 0
    if workers < 1 or not can_fork():
        return None
    return InBackground(fn, items, workers)
