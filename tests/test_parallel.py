"""Sharing work among forked processes: the same results, in order, and a
failing worker never loses or hides anything.

The test session itself runs threads (the site server of the browser tests),
so the mechanism is tested with the thread guard lifted, and the guard itself
in a fresh interpreter."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from penjelas import parallel

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")


@pytest.fixture(autouse=True)
def forking_allowed(request, monkeypatch):
    if "guard" not in request.node.name:
        monkeypatch.setattr(parallel, "can_fork", lambda: True)


def square_with_pid(x: int) -> tuple[int, int]:
    return x * x, os.getpid()


def test_results_come_back_in_order_from_several_processes():
    items = list(range(50))
    got = parallel.map_in_processes(square_with_pid, items, jobs=3)
    assert [v for v, _ in got] == [x * x for x in items]
    pids = {pid for _, pid in got}
    assert os.getpid() in pids and len(pids) == 3


def test_few_items_stay_in_this_process():
    got = parallel.map_in_processes(square_with_pid, list(range(parallel.MIN_ITEMS_PER_JOB * 2 - 1)), jobs=4)
    assert {pid for _, pid in got} == {os.getpid()}


def test_a_failing_worker_share_is_done_again_here():
    parent = os.getpid()

    def fails_in_workers(x: int) -> int:
        if os.getpid() != parent:
            raise RuntimeError("worker trouble")
        return x + 1

    assert parallel.map_in_processes(fails_in_workers, list(range(40)), jobs=2) == list(range(1, 41))


def test_an_error_in_this_process_propagates_and_leaves_no_worker(tmp_path):
    parent = os.getpid()
    marker = tmp_path / "pids"

    def fails_here(x: int) -> int:
        if os.getpid() != parent:
            with open(marker, "a") as f:
                f.write(f"{os.getpid()}\n")
        elif x == 0:
            deadline = time.monotonic() + 10
            while not marker.exists() and time.monotonic() < deadline:  # a worker is at work
                time.sleep(0.01)
            raise ValueError("bad story")
        return x

    with pytest.raises(ValueError, match="bad story"):
        parallel.map_in_processes(fails_here, list(range(40)), jobs=2)
    workers = {int(p) for p in marker.read_text().split()} - {parent}
    assert workers, "a worker ran"
    for pid in workers:  # reaped: no such child any more
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def test_jobs_from_the_environment(monkeypatch):
    monkeypatch.setenv("PENJELAS_JOBS", "3")
    assert parallel.default_jobs() == 3
    monkeypatch.setenv("PENJELAS_JOBS", "1")
    assert parallel.default_jobs() == 1
    monkeypatch.delenv("PENJELAS_JOBS")
    assert 1 <= parallel.default_jobs() <= 8


def test_guard_no_fork_while_another_thread_runs():
    script = """
import os, sys, threading
sys.path.insert(0, sys.argv[1])
from penjelas import parallel
def pid(x):
    return os.getpid()
alone = parallel.can_fork() and len(set(parallel.map_in_processes(pid, list(range(40)), 2))) == 2
stop = threading.Event()
other = threading.Thread(target=stop.wait)
other.start()
shared = parallel.can_fork() or set(parallel.map_in_processes(pid, list(range(40)), 2)) != {os.getpid()}
stop.set()
other.join()
print(alone, shared)
"""
    hooks = str(Path(__file__).resolve().parent.parent / "hooks")
    result = subprocess.run([sys.executable, "-c", script, hooks], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["True", "False"], result.stderr


# --- results made in the background, fetched on demand -----------------------------------


def _reaped(pids) -> bool:
    for pid in pids:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            continue
        return False
    return True


def test_background_results_in_any_order_of_asking_made_elsewhere():
    work = parallel.in_background(square_with_pid, list(range(30)), jobs=3)
    assert work is not None and work.n == 2
    try:
        order = [29, 0, 5, 5, 14, 1] + list(range(30))
        got = {i: work[i] for i in order}
        assert [got[i][0] for i in range(30)] == [i * i for i in range(30)]
        pids = {pid for _, pid in got.values()}
        assert os.getpid() not in pids and len(pids) == 2
        assert work.seconds > 0
    finally:
        work.close()
    assert _reaped(pids)


def test_background_worker_that_dies_midway_has_the_rest_made_here():
    parent = os.getpid()

    def dies_at_seven(x: int) -> tuple[int, int]:
        if x == 7 and os.getpid() != parent:
            os._exit(3)  # no result, no exception: the pipe just ends
        return x + 1, os.getpid()

    work = parallel.in_background(dies_at_seven, list(range(20)), jobs=2)
    try:
        got = [work[i] for i in range(20)]
    finally:
        work.close()
    assert [v for v, _ in got] == list(range(1, 21))
    assert {pid for _, pid in got[:7]} != {parent}, "the first results came from the worker"
    assert all(pid == parent for _, pid in got[7:])


def test_background_error_surfaces_here_with_its_own_message():
    parent = os.getpid()

    def broken(x: int) -> int:
        if x == 3:
            raise KeyError(f"story {x} in {'worker' if os.getpid() != parent else 'build'}")
        return x

    work = parallel.in_background(broken, list(range(12)), jobs=2)
    try:
        assert [work[i] for i in range(3)] == [0, 1, 2]
        with pytest.raises(KeyError, match="story 3 in build"):
            work[3]
        assert work[4] == 4
    finally:
        work.close()


def test_background_close_stops_workers_not_yet_done():
    def slow(x: int) -> int:
        time.sleep(0.2)
        return x

    work = parallel.in_background(slow, list(range(200)), jobs=3)
    pids = [child[0] for child in work.children]
    assert work[0] == 0
    start = time.monotonic()
    work.close()
    assert time.monotonic() - start < 5, "close() waited for 40 s of work"
    assert _reaped(pids)
    work.close()  # twice is harmless


def test_background_needs_more_than_one_core_and_enough_items():
    assert parallel.in_background(square_with_pid, list(range(40)), jobs=1) is None
    assert parallel.in_background(square_with_pid, list(range(parallel.MIN_ITEMS_PER_JOB - 1)), jobs=4) is None
