"""Archives: many articles in, one Parquet dataset per table out.

``workbench extract FOLDER|GLOB|MANIFEST... --out DIR`` comes here. The
articles are streamed: they are read, extracted and written in batches, so
memory stays bounded however long the archive is. Each table becomes a
Parquet dataset folder (``DIR/stances/``, ``DIR/articles/`` …) partitioned by
publication year, hive style (``DIR/stances/year=2000/part-….parquet``;
``year=0`` holds articles whose date is unknown), which pandas, Dask, DuckDB
and pyarrow read as one table.

* Sources: files, folders (searched recursively for article files), glob
  patterns and manifest CSVs (``path,published[,source,title]``; relative
  paths are read against the manifest's folder) — see :func:`sources`.
* Resumable: the ``articles`` table keeps each article's ``content_hash``
  (SHA-256 of its bytes); an article whose hash is already in ``DIR`` is
  skipped, so a run that was stopped picks up where it left off.
* Safe writes: every batch goes through :func:`workbench.export.staged_folder`
  (a staging folder, then one rename), so a reader sees whole batches only
  and a killed run leaves every batch it finished, and nothing half-written.
* Parallel: ``jobs`` local processes, or a Dask distributed cluster
  (``dask_address``; dask.delayed over chunks of articles and ``to_parquet``
  at the end) — the same tables either way.

Reading back: :func:`read_archive` (also ``load_corpus(DIR)``).
"""
from __future__ import annotations

import csv
import glob
import hashlib
import os
import secrets
import stat
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import pandas as pd

from . import schema
from .errors import InputError, UsageError, WorkbenchError

#: the tables an archive holds: every table of the contract but the lazy ones (``tone``,
#: a model's reading of each mention, too slow for an archive: build it per article)
TABLES = tuple(t for t in schema.TABLES if t not in schema.LAZY_TABLES)

__all__ = ["Source", "sources", "read_manifest", "content_hash", "extract_archive",
           "extract_chunk", "read_archive", "is_archive", "Archive", "ArchiveRun",
           "archive_name", "DASK_ENV"]

#: The environment variable that names a Dask scheduler (like ``--dask``).
DASK_ENV = "WORKBENCH_DASK"
#: Articles handed to a local worker process at a time.
CHUNK = 8
#: Articles per task (and per Parquet partition) on a Dask cluster.
DASK_CHUNK = 64
#: Articles written per commit (memory is bounded by about this many articles' tables).
BATCH = 256
#: The partition column every table gets in the dataset (publication year; 0 = unknown).
YEAR = "year"
_GLOB_CHARS = set("*?[")


class ArchiveStopped(InputError):
    """A bad article stopped the run (without ``keep_going``)."""


@dataclass(frozen=True)
class Source:
    """One article to extract: its path and what a manifest says about it."""
    path: str
    published: str | None = None
    publication: str | None = None
    title: str | None = None


# --------------------------------------------------------------------------
# what to read


def read_manifest(path: str | os.PathLike, *, published: str | None = None) -> Iterator[Source]:
    """The articles a manifest CSV lists: columns ``path`` and ``published``
    (``YYYY-MM-DD``, may be empty), optionally ``source`` and ``title``.

    Relative paths are read against the manifest's folder; *published* is the
    fallback for rows without a date. Raises InputError for a manifest without
    a ``path`` column or with an empty path (naming the line).
    """
    path = Path(path)
    base = path.parent
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            cols = [c.strip().lower() for c in (reader.fieldnames or [])]
            if "path" not in cols:
                raise InputError(f"{path}: a manifest needs a 'path' column "
                                 f"(path,published[,source,title])")
            reader.fieldnames = cols
            for line, row in enumerate(reader, 2):
                p = (row.get("path") or "").strip()
                if not p:
                    raise InputError(f"{path}, line {line}: no path")
                full = Path(p) if os.path.isabs(p) else base / p
                yield Source(str(full), (row.get("published") or "").strip() or published,
                             (row.get("source") or "").strip() or None,
                             (row.get("title") or "").strip() or None)
    except UnicodeDecodeError:
        raise InputError(f"{path}: a manifest must be UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the manifest ({exc.strerror or exc})") from None


def _folder_files(folder: Path) -> list[Path]:
    from .article import ARTICLE_SUFFIXES

    return sorted(f for f in folder.rglob("*")
                  if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file()
                  and not any(part.startswith(".") for part in f.relative_to(folder).parts))


def sources(inputs: Iterable[str | os.PathLike], *, published: str | None = None) -> Iterator[Source]:
    """Every article that *inputs* name, in order: a file is itself, a
    folder its article files (recursively, by name, hidden ones left out),
    a ``.csv`` file a manifest (:func:`read_manifest`), a pattern with
    ``*``, ``?`` or ``[`` the files it matches (``**`` recursive).

    Raises InputError for a folder without articles or a pattern that
    matches nothing (a missing file is left to the extraction to report)."""
    for arg in inputs:
        name = os.fspath(arg)
        p = Path(name)
        if p.is_dir():
            found = _folder_files(p)
            if not found:
                raise InputError(f"{p}: a folder with no article files in it")
            yield from (Source(str(f), published) for f in found)
        elif p.suffix.lower() == ".csv" and p.is_file():
            yield from read_manifest(p, published=published)
        elif _GLOB_CHARS & set(name) and not p.exists():
            found = sorted(f for f in glob.glob(name, recursive=True) if Path(f).is_file())
            if not found:
                raise InputError(f"{name}: the pattern matches no file")
            yield from (Source(f, published) for f in found)
        else:
            yield Source(name, published)


def is_archive_input(inputs: Iterable[str]) -> bool:
    """Does any of *inputs* name several articles (a folder, pattern or manifest)?"""
    for name in inputs:
        p = Path(name)
        if p.is_dir() or (p.suffix.lower() == ".csv" and p.is_file()) or (
                _GLOB_CHARS & set(name) and not p.exists()):
            return True
    return False


def content_hash(path: str | os.PathLike) -> str | None:
    """SHA-256 (hex) of a regular file's bytes; None if it is not one (the
    extraction then reports why it cannot be read)."""
    from .reading import max_bytes

    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > max_bytes():
            return None
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except (OSError, ValueError):
        return None


# --------------------------------------------------------------------------
# one chunk of articles into tables (runs in a worker)


def _year(published: str) -> int:
    return int(published[:4]) if published[:4].isdigit() else 0


def _one(src: Source, digest: str, aid: str) -> dict[str, list[dict]]:
    from .article import load_article

    art = load_article(src.path, src.published, article_id=aid, eager=False)
    rows = art._rows
    a = rows["articles"][0]
    if src.publication and not a["publication"]:
        a["publication"] = src.publication
    if src.title and not a["title"]:
        a["title"] = src.title
    a["content_hash"] = digest or ""
    year = _year(a["published"] or "")
    for table in TABLES:
        for r in rows.get(table, []):
            r[YEAR] = year
    return rows


def extract_chunk(items: list[tuple[Source, str, str]]) -> dict[str, pd.DataFrame]:
    """Extract the articles of one chunk: ``[(source, content_hash, article_id)]``
    → ``{table: DataFrame}`` (every table with a ``year`` column), plus
    ``"_errors"``: one row (path, article_id, message) per article that could
    not be read. Never raises for a bad article."""
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    errors = []
    for src, digest, aid in items:
        try:
            got = _one(src, digest, aid)
        except WorkbenchError as exc:
            errors.append({"path": src.path, "article_id": aid, "message": str(exc)})
            continue
        for t in TABLES:
            rows[t].extend(got.get(t, []))
    out = {t: _frame(t, rows[t]) for t in TABLES}
    out["_errors"] = pd.DataFrame(errors, columns=["path", "article_id", "message"])
    return out


def _columns(table: str) -> list[str]:
    extra = ["content_hash"] if table == "articles" else []
    return schema.columns(table) + extra + [YEAR]


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    df = schema.frame(table, rows)
    if table == "articles":
        df["content_hash"] = pd.array([r.get("content_hash", "") for r in rows], dtype=schema._TEXT)
    df[YEAR] = pd.array([r.get(YEAR, 0) for r in rows], dtype="int64")
    return df[_columns(table)]


def arrow_schema(table: str, *, with_year: bool = False):
    """The pyarrow schema of *table*'s files (one schema for every writer, so
    files of local and Dask runs form one dataset)."""
    import pyarrow as pa

    df = _frame(table, [])
    fields = []
    for col in df.columns:
        if col == YEAR and not with_year:
            continue
        dt = df[col].dtype
        if col == YEAR or pd.api.types.is_integer_dtype(dt):
            typ = pa.int64()
        elif pd.api.types.is_bool_dtype(dt):
            typ = pa.bool_()
        elif pd.api.types.is_float_dtype(dt):
            typ = pa.float64()
        else:
            typ = pa.string()
        fields.append(pa.field(col, typ))
    return pa.schema(fields)


# --------------------------------------------------------------------------
# planning: what is done, what to do, with which id


def _done(out: Path) -> dict[str, str]:
    """content_hash → article_id of the articles already in *out*."""
    folder = out / "articles"
    if not folder.is_dir():
        return {}
    import pyarrow.dataset as ds

    try:
        t = ds.dataset(folder, format="parquet", partitioning="hive").to_table(
            columns=["content_hash", "article_id"])
    except Exception as exc:  # noqa: BLE001 - a damaged dataset is bad input, said in one line
        raise InputError(f"{folder}: cannot read the articles already written ({exc})") from None
    return dict(zip(t.column("content_hash").to_pylist(), t.column("article_id").to_pylist()))


@dataclass
class _Plan:
    done: dict[str, str]
    ids: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)
    skipped: int = 0

    def __post_init__(self):
        self.ids = set(self.done.values())

    def admit(self, src: Source) -> tuple[Source, str, str] | None:
        """(source, hash, article_id) to extract, or None when it is done already."""
        digest = content_hash(src.path)
        if digest is not None and (digest in self.done or digest in self.seen):
            self.skipped += 1
            return None
        if digest is not None:
            self.seen.add(digest)
        aid = Path(src.path).stem or "article"
        if aid in self.ids:
            aid = f"{aid}-{(digest or secrets.token_hex(4))[:8]}"
        self.ids.add(aid)
        return src, digest or "", aid


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for it in items:
        chunk.append(it)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --------------------------------------------------------------------------
# writing a batch


def _write_parts(stage: Path, frames: dict[str, pd.DataFrame], stem: str) -> None:
    """Each table of a batch as one file per year: ``stage/<table>/year=Y/<stem>-0.parquet``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for table in TABLES:
        df = frames.get(table)
        if df is None or df.empty:
            continue
        t = pa.Table.from_pandas(df, schema=arrow_schema(table, with_year=True),
                                 preserve_index=False)
        pq.write_to_dataset(t, stage / table, partition_cols=[YEAR],
                            basename_template=f"{stem}-{{i}}.parquet",
                            existing_data_behavior="overwrite_or_ignore")


def _commit(out: Path, results: list[dict[str, pd.DataFrame]], stem: str) -> int:
    """Write one batch (the tables of several chunks) into *out*: all or none.

    The new part files and everything already in *out* go into a staging
    folder that replaces *out* in one rename (:func:`staged_folder`); returns
    the number of articles written."""
    from .export import staged_folder

    frames = {t: pd.concat([r[t] for r in results], ignore_index=True) for t in TABLES}
    with staged_folder(out) as stage:
        _write_parts(stage, frames, stem)
    return len(frames["articles"])


# --------------------------------------------------------------------------
# running


@dataclass
class ArchiveRun:
    """What a run did: articles written, skipped (done before, or the same
    content twice), and the bad ones (path, message)."""
    written: int = 0
    skipped: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    out: str = ""

    def summary(self) -> str:
        bad = f", {len(self.errors)} could not be read" if self.errors else ""
        return (f"{self.written} articles written to {self.out}/, {self.skipped} skipped "
                f"(already there){bad}")


def _bar(total: int | None, show: bool):
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="extracting", unit="article", file=sys.stderr,
                dynamic_ncols=True)


def _errors_seen(result: dict, run: ArchiveRun, keep_going: bool,
                 on_error: Callable[[str, str], None] | None) -> None:
    for path, msg in zip(result["_errors"]["path"], result["_errors"]["message"]):
        run.errors.append((path, msg))
        if on_error is not None:
            on_error(path, msg)
        if not keep_going:
            raise ArchiveStopped(
                f"{msg} (stopped: {run.written} articles written before it are kept; "
                f"run again to resume, with --keep-going to skip bad articles)")


def _pool(jobs: int):
    import concurrent.futures as cf
    import multiprocessing as mp

    from .lexicons import load_lexicons

    load_lexicons()  # compiled once here; forked workers inherit it
    method = "fork" if "fork" in mp.get_all_start_methods() else None
    ctx = mp.get_context(method)
    return cf.ProcessPoolExecutor(max_workers=jobs, mp_context=ctx)


def _local_results(planned: Iterator[list], jobs: int) -> Iterator[dict]:
    """The tables of each chunk, extracted in this process or in *jobs*
    processes (at most 2 × jobs chunks in flight: memory stays bounded)."""
    if jobs <= 1:
        for chunk in planned:
            yield extract_chunk(chunk)
        return
    import concurrent.futures as cf

    with _pool(jobs) as pool:
        pending: set = set()
        for chunk in planned:
            pending.add(pool.submit(extract_chunk, chunk))
            while len(pending) >= 2 * jobs:
                done, pending = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
                yield from (f.result() for f in done)
        for f in cf.as_completed(pending):
            yield f.result()


def _run_local(todo: Iterator, out: Path, run: ArchiveRun, *, jobs: int, batch: int,
               keep_going: bool, on_error, bar) -> None:
    token = secrets.token_hex(4)
    held: list[dict] = []
    n_held = seq = 0
    for result in _local_results(_chunks(todo, CHUNK), jobs):
        n = len(result["articles"]) + len(result["_errors"])
        if len(result["articles"]):
            held.append(result)
            n_held += len(result["articles"])
        if n_held >= batch:
            run.written += _commit(out, held, f"part-{token}-{seq:05d}")
            held, n_held, seq = [], 0, seq + 1
        if bar is not None:
            bar.update(n)
        _errors_seen(result, run, keep_going, on_error)
    if held:
        run.written += _commit(out, held, f"part-{token}-{seq:05d}")


def extract_archive(inputs: Iterable[str | os.PathLike], out: str | os.PathLike, *,
                    published: str | None = None, jobs: int = 1,
                    dask_address: Any = None, keep_going: bool = False,
                    progress: bool = False, batch: int = BATCH,
                    on_error: Callable[[str, str], None] | None = None) -> ArchiveRun:
    """Extract every article *inputs* name (see :func:`sources`) into the
    Parquet datasets of *out*; return an :class:`ArchiveRun`.

    Articles whose content is already in *out* are skipped (resume). *jobs*:
    local processes; *dask_address*: a Dask scheduler address (or a
    ``distributed.Client``) to run on instead. A bad article is passed to
    *on_error* (path, message); without *keep_going* it then stops the run
    (:class:`ArchiveStopped`, an InputError) and the batches written before
    it stay. *progress*: a tqdm bar (rate, ETA) on stderr.
    """
    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    out = Path(out)
    plan = _Plan(_done(out))
    srcs = list(sources(inputs, published=published))
    run = ArchiveRun(out=str(out))
    bar = _bar(len(srcs), progress)
    try:
        todo = (t for t in map(_admitted(plan, bar), srcs) if t is not None)
        if dask_address is not None:
            _run_dask(list(todo), out, run, dask_address, keep_going=keep_going,
                      on_error=on_error, bar=bar)
        else:
            _run_local(todo, out, run, jobs=jobs, batch=batch, keep_going=keep_going,
                       on_error=on_error, bar=bar)
    finally:
        if bar is not None:
            bar.close()
    run.skipped = plan.skipped
    return run


def _admitted(plan: _Plan, bar):
    def admit(src: Source):
        item = plan.admit(src)
        if item is None and bar is not None:
            bar.update(1)
        return item
    return admit


def dask_address(value: str | None) -> str | None:
    """The scheduler to use: *value* (``--dask``), else ``$WORKBENCH_DASK``, else None."""
    value = (value or os.environ.get(DASK_ENV, "")).strip()
    return value or None


# --------------------------------------------------------------------------
# the same on a Dask cluster


def _client(address: Any):
    """A distributed Client for *address* (a scheduler address or a Client)."""
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--dask needs Dask: pip install 'workbench[dask]'") from None
    if isinstance(address, Client):
        return address, False
    try:
        return Client(address, timeout="20s"), True
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address} ({exc})") from None


def _getitem(result: dict, key: str) -> pd.DataFrame:
    return result[key]


def _dask_writes(chunks: list[list], stage: Path, stem: str) -> tuple[list, list]:
    """The to_parquet writes of every table over one graph of chunk
    extractions (each chunk is extracted once), and the error tables."""
    import dask
    import dask.dataframe as dd

    results = [dask.delayed(extract_chunk, pure=False)(c) for c in chunks]
    writes = []
    for t in TABLES:
        parts = [dask.delayed(_getitem)(r, t) for r in results]
        ddf = dd.from_delayed(parts, meta=_frame(t, []), verify_meta=False)
        writes.append(ddf.to_parquet(
            str(stage / t), engine="pyarrow", partition_on=[YEAR], write_index=False,
            schema=arrow_schema(t, with_year=True), write_metadata_file=False,
            name_function=lambda i, s=stem: f"{s}-{i:05d}.parquet", compute=False))
    errors = [dask.delayed(_getitem)(r, "_errors") for r in results]
    return writes, errors


def _run_dask(todo: list, out: Path, run: ArchiveRun, address: Any, *, keep_going: bool,
              on_error, bar) -> None:
    """Extract *todo* on a Dask cluster and write it with ``to_parquet``, all
    in one commit. Workers must see the article paths and *out*'s parent
    folder at the same paths (shared storage)."""
    from .export import staged_folder

    if not todo:
        return
    client, own = _client(address)
    try:
        chunks = list(_chunks(todo, DASK_CHUNK))
        with staged_folder(out) as stage:
            writes, errors = _dask_writes(chunks, stage, f"part-{secrets.token_hex(4)}")
            with warnings.catch_warnings():  # the writes are expressions, the errors delayed
                warnings.filterwarnings("ignore", "Computing mixed collections")
                futures = client.compute(writes + errors)
            for f in _completed(futures, bar, chunks, len(writes)):
                f.result()
            for f in futures[len(writes):]:
                _errors_seen({"_errors": f.result()}, run, keep_going, on_error)
            run.written = len(todo) - len(run.errors)
    finally:
        if own:
            client.close()


def _completed(futures: list, bar, chunks: list, n_writes: int) -> Iterator:
    """The futures as they finish; the bar counts the articles of each error
    table (one per chunk) as its chunk is done."""
    from distributed import as_completed

    index = {f.key: i for i, f in enumerate(futures)}
    for f in as_completed(futures):
        i = index[f.key]
        if bar is not None and i >= n_writes:
            bar.update(len(chunks[i - n_writes]))
        yield f


# --------------------------------------------------------------------------
# reading back


def is_archive(folder: str | os.PathLike) -> bool:
    """Is *folder* an archive written by extract (an ``articles/`` dataset)?"""
    try:
        return (Path(folder) / "articles").is_dir()
    except (TypeError, OSError):
        return False


def archive_name(folder: str | os.PathLike) -> str:
    """A readable name for an archive folder (its own name)."""
    p = Path(os.path.abspath(folder))
    return p.name or str(p)


class Archive:
    """The tables of an archive folder: pandas DataFrames, or Dask ones
    (``lazy=True``), each with a ``year`` column; ``name`` says where it came from."""

    def __init__(self, path: str, name: str, lazy: bool, **frames: Any):
        self.path, self.name, self.lazy = path, name, lazy
        for t in TABLES:
            setattr(self, t, frames[t])

    def tables(self) -> dict[str, Any]:
        return {t: getattr(self, t) for t in TABLES}

    def __len__(self) -> int:
        return int(len(self.articles))

    def __repr__(self) -> str:
        kind = "lazy " if self.lazy else ""
        return f"<{kind}Archive {self.name}>"


def _restore(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """Dtypes as :func:`_frame` makes them; year from the folder name."""
    df = df.copy()
    if YEAR in df.columns:
        df[YEAR] = pd.to_numeric(df[YEAR].astype(str), errors="coerce").fillna(0).astype("int64")
    for col in df.columns:
        if col != YEAR and (df[col].dtype == object or pd.api.types.is_string_dtype(df[col].dtype)):
            df[col] = df[col].astype(schema._TEXT)
    if table == "articles":
        for col in ("volume", "issue"):
            if col in df.columns:
                df[col] = df[col].astype("Int64")
    cols = [c for c in _columns(table) if c in df.columns]
    return df[cols + [c for c in df.columns if c not in cols]]


def _read_table(folder: Path, table: str) -> pd.DataFrame:
    path = folder / table
    if not path.is_dir():
        return _frame(table, [])
    df = pd.read_parquet(path, engine="pyarrow", partitioning="hive")
    return _restore(table, df).reset_index(drop=True)


def _read_lazy(folder: Path, table: str):
    import dask.dataframe as dd

    path = folder / table
    if not path.is_dir():
        return dd.from_pandas(_frame(table, []), npartitions=1)
    ddf = dd.read_parquet(str(path), engine="pyarrow")
    return ddf.map_partitions(_restore_part, table, meta=_restore(table, _frame(table, [])))


def _restore_part(df: pd.DataFrame, table: str) -> pd.DataFrame:
    return _restore(table, df)


def read_archive(folder: str | os.PathLike, *, lazy: bool = False) -> Archive:
    """The tables of an archive folder written by ``workbench extract``.

    Eager (pandas) by default; ``lazy=True`` gives Dask DataFrames (needs the
    ``[dask]`` extra). Raises InputError when *folder* holds no archive."""
    folder = Path(folder)
    if not is_archive(folder):
        raise InputError(f"{folder}: not an archive written by workbench extract "
                         f"(no articles/ dataset in it)")
    if lazy:
        try:
            import dask.dataframe  # noqa: F401
        except ImportError:
            raise UsageError("lazy=True needs Dask: pip install 'workbench[dask]'") from None
    read = _read_lazy if lazy else _read_table
    frames = {t: read(folder, t) for t in TABLES}
    return Archive(str(folder), archive_name(folder), lazy, **frames)
