#!/usr/bin/env python
"""Benchmark archive extraction: one process, two processes, a 2-worker Dask
cluster, each against the single-article loop; and peak memory at two sizes.

It builds an archive of --n articles (default 10,000) in a temporary folder by
reusing the team's own test articles (tests/data/*/*.txt, 24 texts) with a
``Published:`` line that gives each copy its own date (1996–2019), so every
copy has its own content hash. The dates rise with the file names, as an
archive's items do. Then, in one run:

  1. the single-article loop: ``load_article(path)`` for each of the first
     --loop articles (default 200), one process, warm lexicons → articles/s;
  2. ``extract_archive(folder, out, jobs=1)`` on all --n articles, in a fresh
     process that also reports its peak RSS (the memory at --n);
  3. the same on the first --small articles (default 1,000): the memory at
     --small (streaming: should be about the same as at --n);
  4. ``jobs=2`` (local processes) on all --n;
  5. a Dask ``LocalCluster`` with 2 worker processes (1 thread each; lexicons
     warmed on each worker before timing, as forked local workers inherit
     them) on all --n.

Each rate is printed with its ratio to the single-article loop; targets:
2 processes ≥ 1.7×, Dask within 15 % of 2 local processes.

Usage:
    .venv/bin/python benchmarks/bench_archive.py [--n 10000] [--small 1000] [--loop 200] [--no-dask]

10,000 articles take minutes per configuration; try --n 1000 --small 200 first.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TEXTS = sorted((ROOT / "tests" / "data").glob("*/*.txt"))


def build(folder: Path, n: int) -> list[Path]:
    """n article files, the test articles cycled, each with its own date."""
    folder.mkdir(parents=True, exist_ok=True)
    bodies = [p.read_text(encoding="utf-8") for p in TEXTS]
    start, days = dt.date(1996, 1, 1), (dt.date(2019, 12, 31) - dt.date(1996, 1, 1)).days
    paths = []
    for i in range(n):
        k = i % len(bodies)
        when = start + dt.timedelta(days=i * days // max(1, n - 1))  # in date order, as archives come
        p = folder / f"a{i:05d}-{TEXTS[k].stem}.txt"
        p.write_text(f"Published: {when.isoformat()}\n{bodies[k]}", encoding="utf-8")
        paths.append(p)
    return paths


_CHILD = r"""
import json, resource, sys, time
from workbench.archive import extract_archive
from workbench.lexicons import load_lexicons
src, out, jobs = sys.argv[1], sys.argv[2], int(sys.argv[3])
load_lexicons()
t = time.perf_counter()
run = extract_archive([src], out, jobs=jobs)
s = time.perf_counter() - t
print(json.dumps({"written": run.written, "seconds": s,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child(src: Path, out: Path, jobs: int) -> dict:
    """extract_archive in a fresh process: written, seconds, peak RSS (MB) of that process."""
    r = subprocess.run([sys.executable, "-c", _CHILD, str(src), str(out), str(jobs)],
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout.strip().splitlines()[-1])


def single_loop(paths: list[Path]) -> float:
    from workbench import load_article
    from workbench.lexicons import load_lexicons

    load_lexicons()
    load_article(paths[0])
    t = time.perf_counter()
    for p in paths:
        load_article(p)
    return len(paths) / (time.perf_counter() - t)


def dask_run(src: Path, out: Path) -> dict:
    from distributed import Client, LocalCluster

    from workbench.archive import extract_archive

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.run(lambda: __import__("workbench.lexicons").lexicons.load_lexicons())
        t = time.perf_counter()
        run = extract_archive([src], out, dask_address=client)
        return {"written": run.written, "seconds": time.perf_counter() - t}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles in the archive")
    ap.add_argument("--small", type=int, default=1_000, help="the smaller archive (memory)")
    ap.add_argument("--loop", type=int, default=240,
                    help="articles in the single-article loop (a multiple of 24: every text as often)")
    ap.add_argument("--no-dask", action="store_true", help="leave out the Dask cluster")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="wb-bench-archive-") as tmp:
        tmp = Path(tmp)
        paths = build(tmp / "archive", a.n)
        small = tmp / "small"
        small.mkdir()
        for p in paths[:a.small]:
            os.link(p, small / p.name)
        print(f"# {a.n:,} articles ({len(TEXTS)} team-written texts cycled, dates 1996-2019); "
              f"{os.cpu_count()} CPUs, Python {platform.python_version()}", flush=True)
        loop = single_loop(paths[:a.loop])
        print(f"single-article loop ({a.loop} articles)   {loop:7.1f} articles/s   1.00x", flush=True)
        rows = []
        one = child(tmp / "archive", tmp / "out1", 1)
        rows.append(("extract, 1 process", one))
        mem_small = child(small, tmp / "out-small", 1)
        two = child(tmp / "archive", tmp / "out2", 2)
        rows.append(("extract, 2 processes", two))
        if not a.no_dask:
            rows.append(("extract, Dask LocalCluster, 2 workers", dask_run(tmp / "archive", tmp / "out3")))
        for name, r in rows:
            aps = r["written"] / r["seconds"]
            print(f"{name:38s} {aps:7.1f} articles/s   {aps / loop:4.2f}x   "
                  f"({r['written']:,} articles in {r['seconds']:.0f} s)", flush=True)
        two_aps = two["written"] / two["seconds"]
        print(f"2 processes / 1 process: {two_aps / (one['written'] / one['seconds']):.2f}x "
              f"(aim >= 1.7x)")
        if not a.no_dask:
            d = rows[-1][1]
            print(f"Dask / 2 local processes: {d['written'] / d['seconds'] / two_aps:.2f} "
                  f"(aim within 15 %: >= 0.85)")
        print(f"peak memory, 1 process: {mem_small['peak_mb']:.0f} MB at {a.small:,} articles, "
              f"{one['peak_mb']:.0f} MB at {a.n:,} articles")


if __name__ == "__main__":
    main()
