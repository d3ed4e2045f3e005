"""Sharing work among forked processes: the same results, in order, and a
failing worker never loses or hides anything."""

from __future__ import annotations

import os
import time

import pytest

from penjelas import parallel

pytestmark = pytest.mark.skipif(not parallel.can_fork(), reason="fork is used on Linux only")


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


def test_no_fork_while_another_thread_runs():
    import threading

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not parallel.can_fork()
        got = parallel.map_in_processes(square_with_pid, list(range(40)), jobs=2)
        assert {pid for _, pid in got} == {os.getpid()}
    finally:
        stop.set()
        other.join()
    assert parallel.can_fork()
