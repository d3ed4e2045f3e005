"""Bench-only MkDocs hook: loads the project's real hooks and times them.

The benchmark lists this file as the only hook of its temporary project and
names the real hook files in PENJELAS_BENCH_WRAP (paths separated by
os.pathsep). Every ``on_*`` event of those hooks is re-exported wrapped in a
timer, plus the time to import them; the totals are written as JSON to
PENJELAS_BENCH_TIMES when the build ends. Production code stays untouched.
"""

from __future__ import annotations

import atexit
import functools
import gc
import importlib.util
import json
import os
import resource
import sys
import time
from pathlib import Path

_times: dict[str, float] = {}
_cpu: dict[str, float] = {}
_calls: dict[str, int] = {}


def _cpu_now() -> float:
    """CPU time of this process and of the children it has waited for."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def _add(name: str, elapsed: float, cpu: float) -> None:
    _times[name] = _times.get(name, 0.0) + elapsed
    _cpu[name] = _cpu.get(name, 0.0) + cpu
    _calls[name] = _calls.get(name, 0) + 1


def _load(path: Path):
    """Import a hook file the way MkDocs does: its folder on sys.path while it loads."""
    start, cpu = time.perf_counter(), _cpu_now()
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    old = sys.path.copy()
    sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = old
    _add("import", time.perf_counter() - start, _cpu_now() - cpu)
    return module


def _timed(name: str, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start, cpu = time.perf_counter(), _cpu_now()
        try:
            return fn(*args, **kwargs)
        finally:
            _add(name, time.perf_counter() - start, _cpu_now() - cpu)

    return wrapper


def _chain(name: str, fns):
    """Several wrapped hooks defining the same event run in order, like MkDocs would."""
    if len(fns) == 1:
        return fns[0]

    def chained(*args, **kwargs):
        if not args:  # events without an item (on_post_build...): results are ignored
            for fn in fns:
                fn(**kwargs)
            return None
        item, rest = args[0], args[1:]
        for fn in fns:
            result = fn(item, *rest, **kwargs)
            if result is not None:
                item = result
        return item

    return chained


_gc = {"seconds": 0.0, "collections": 0, "start": 0.0}


def _gc_callback(phase: str, info: dict) -> None:
    """Cyclic GC time of the whole build: a large live heap makes it grow."""
    if phase == "start":
        _gc["start"] = time.perf_counter()
    else:
        _gc["seconds"] += time.perf_counter() - _gc["start"]
        _gc["collections"] += 1


def _dump() -> None:
    out = os.environ.get("PENJELAS_BENCH_TIMES")
    if out:
        gc_stats = {"seconds": _gc["seconds"], "collections": _gc["collections"]}
        Path(out).write_text(json.dumps({"seconds": _times, "cpu": _cpu, "calls": _calls, "gc": gc_stats}), encoding="utf-8")


_events: dict[str, list] = {}
for _path in filter(None, os.environ.get("PENJELAS_BENCH_WRAP", "").split(os.pathsep)):
    _module = _load(Path(_path))
    for _name in dir(_module):
        if _name.startswith("on_") and callable(getattr(_module, _name)):
            _events.setdefault(_name, []).append(_timed(_name, getattr(_module, _name)))


for _name, _fns in _events.items():
    globals()[_name] = _chain(_name, _fns)
gc.callbacks.append(_gc_callback)
atexit.register(_dump)
