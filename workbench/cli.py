"""The command line: ``workbench extract`` and ``workbench brief``.

Bad input is answered with one line on stderr and exit status 2; nothing
already in the output folder is lost or left half-written.
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import warnings
from pathlib import Path

from . import __version__
from .errors import InputError, OutputError, UsageError, WorkbenchError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="workbench",
        description="Foreign-policy articles into tidy tables (actors, stances, tone, sources, "
                    "dates) and briefing charts.",
        epilog="Each ARTICLE is a file ('-' reads standard input). With several articles, "
               "the first bad one stops the run and nothing is written; with --keep-going "
               "the good ones are written, each bad one is reported on one line, and the "
               "exit status is 1. Bad input: one line on stderr, exit status 2.")
    p.add_argument("--version", action="version", version=f"workbench {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    ex = sub.add_parser("extract", help="write the tables of one or more articles as CSV (or Parquet)",
                        description="Write articles, paragraphs, sentences, mentions, stances, "
                                    "tone, citations and timeline tables to DIR.")
    ex.add_argument("articles", nargs="+", metavar="ARTICLE",
                    help="article file(s), folders, glob patterns ('news/**/*.txt') or manifest "
                         "CSVs (path,published[,source,title]); '-' reads standard input")
    ex.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    ex.add_argument("--format", choices=("csv", "parquet"), default=None,
                    help="csv (one file per table; the default for single articles) or parquet "
                         "(one dataset folder per table, partitioned by year; the default for "
                         "folders, patterns and manifests, and resumable)")
    ex.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                    help="extract with N local processes (Parquet)")
    ex.add_argument("--dask", metavar="ADDRESS", default=None,
                    help="run on the Dask cluster whose scheduler is at ADDRESS "
                         "(default: $WORKBENCH_DASK; needs workbench[dask]; Parquet)")
    br = sub.add_parser("brief", help="write the briefing pack: charts (PNG, SVG), tables, brief.pdf",
                        description="Write the briefing pack of one or more articles to DIR.")
    br.add_argument("articles", nargs="+", metavar="ARTICLE",
                    help="article file(s); '-' reads standard input")
    br.add_argument("--out", required=True, metavar="DIR")
    br.add_argument("--force", action="store_true",
                    help="write into a non-empty folder that workbench did not make")
    for sp in (ex, br):
        sp.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date (anchors years and 'this week')")
        sp.add_argument("--keep-going", action="store_true",
                        help="skip articles that cannot be read (reported; exit status 1) "
                             "instead of stopping at the first one")
        sp.add_argument("--progress", action="store_true",
                        help="show a progress bar even when stderr is not a terminal")
        sp.add_argument("--quiet", "-q", action="store_true", help="print no summary")
    return p


class _Usage(Exception):
    pass


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    old_term = _on_sigterm()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                if args.command == "extract":
                    rc = _extract(args)
                else:
                    rc = _brief(args)
            finally:
                for w in caught:
                    if "workbench" in (w.filename or "") or issubclass(w.category, UserWarning):
                        _say(f"warning: {w.message}")
        return rc
    except (WorkbenchError, FileExistsError) as exc:
        _say(f"error: {exc}")
        return 2
    except OSError as exc:
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        _say(f"error: {where}{exc.strerror or exc}")
        return 2
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except _Terminated:
        _say("terminated; nothing was changed")
        return 143
    finally:
        if old_term is not None:
            signal.signal(signal.SIGTERM, old_term)


class _Terminated(BaseException):
    """SIGTERM: unwind (so staging folders are removed), then exit 143."""


def _on_sigterm():
    """Turn SIGTERM into an exception while the command runs; returns the old handler."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def handler(signum, frame):
        raise _Terminated()
    try:
        return signal.signal(signal.SIGTERM, handler)
    except (ValueError, OSError):
        return None


def _say(msg: str) -> None:
    """One line on stderr, starting on a fresh line (after any progress bar)."""
    line = " ".join(str(msg).split())
    print(f"workbench: {line}", file=sys.stderr, flush=True)


def _out_dir(value: str) -> Path:
    if not value or not value.strip():
        raise OutputError("--out needs a folder name (it was empty)")
    out = Path(value)
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder")
    parent = out if out.exists() else out.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"{out}: output folder is not writable")
    return out


def _show_progress(args) -> bool:
    if args.progress:
        return True
    return len(args.articles) > 1 and not args.quiet and sys.stderr.isatty()


def _load_articles(args) -> list:
    """Each argument is a file ('-': standard input). The first bad one stops
    the run, unless --keep-going: then it is reported and skipped."""
    from .article import load_article
    from .reading import read_stdin

    if args.articles.count("-") > 1:
        raise UsageError("'-' (standard input) can be given only once")
    arts, bad = [], []
    bar = None
    if _show_progress(args):
        from .article import _progress
        bar = _progress(len(args.articles))
    try:
        for src in args.articles:
            try:
                if src == "-":
                    arts.append(load_article(text=read_stdin(), published=args.published,
                                             article_id="stdin", eager=False))
                else:
                    arts.append(load_article(src, args.published, eager=False))
            except WorkbenchError as exc:
                if not args.keep_going:
                    raise
                bad.append(str(exc))
                if bar is not None:
                    print(file=sys.stderr)
                _say(f"error: {exc}")
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    if not arts:
        raise InputError("no article could be read" if bad else "no articles given")
    return arts, bad


def _extract(args) -> int:
    from .article import load_corpus
    from .archive import dask_address, is_archive_input
    out = _out_dir(args.out)
    address = dask_address(args.dask)
    archive = (args.format == "parquet" or args.jobs != 1 or address is not None
               or is_archive_input(args.articles))
    if archive:
        if args.format == "csv":
            raise UsageError("folders, patterns, manifests, --jobs and --dask write Parquet "
                             "datasets; leave out --format csv")
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise OutputError("--format parquet needs pyarrow (pip install pyarrow)") from None
        return _extract_archive(args, out, address)
    arts, bad = _load_articles(args)
    corpus = load_corpus(arts, progress=False)
    write_tables(corpus.tables(), out, fmt=args.format or "csv")
    if not args.quiet:
        for art in corpus:
            print(art.summary())
        print(f"tables written to {out}/")
    return 1 if bad else 0


def _extract_archive(args, out: Path, address) -> int:
    """Folders, patterns, manifests: streamed into Parquet datasets (see workbench.archive)."""
    from .archive import extract_archive

    if "-" in args.articles:
        raise UsageError("'-' (standard input) cannot be part of an archive run")
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    show = args.progress or (not args.quiet and sys.stderr.isatty())
    run = extract_archive(args.articles, out, published=args.published, jobs=args.jobs,
                          dask_address=address, keep_going=args.keep_going, progress=show,
                          on_error=lambda path, msg: _say(f"error: {msg}"))
    if not args.quiet:
        print(run.summary())
    return 1 if run.errors else 0


def write_tables(tables: dict, out: Path, *, fmt: str = "csv") -> list[Path]:
    """Write each table to out/<name>.<fmt>, all or none.

    The tables go into a staging folder next to *out* that then replaces
    *out* in one rename (see :func:`workbench.export.staged_folder`): a
    reader sees the old tables or the new ones, never a mix, and a failed
    run leaves *out* as it was. Other files in *out* are kept. Files get the
    usual permissions (0644 under umask 022).
    """
    from .export import staged_folder

    out = Path(out)
    names = {f"{name}.{fmt}" for name in tables}
    with staged_folder(out, replaced=lambda rel: rel.split("/")[0] in names) as stage:
        for name, df in tables.items():
            path = stage / f"{name}.{fmt}"
            if fmt == "csv":
                df.to_csv(path, index=False)
            else:
                df.to_parquet(path, index=False)
    return [out / f"{name}.{fmt}" for name in tables]


def _brief(args) -> int:
    from .brief import write_brief
    out = _out_dir(args.out)
    from .brief import _check_folder
    _check_folder(out, args.force)  # refuse before reading a single article
    from .archive import is_archive, read_archive
    if len(args.articles) == 1 and is_archive(args.articles[0]):  # a folder written by extract
        arts, bad = read_archive(args.articles[0]), []
    else:
        arts, bad = _load_articles(args)
    written = write_brief(arts, out, force=args.force, progress=False)
    if not args.quiet:
        print(f"briefing pack written to {out}/ ({len(written) if written else 0} files)")
    return 1 if bad else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
