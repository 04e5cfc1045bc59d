"""The command line: ``workbench extract`` and ``workbench brief``.

Bad input is answered with one line on stderr and exit status 2; nothing
already in the output folder is lost or left half-written.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import warnings
from pathlib import Path

from . import __version__
from .errors import OutputError, WorkbenchError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="workbench",
        description="Foreign-policy articles into tidy tables (actors, stances, tone, sources, "
                    "dates) and briefing charts.")
    p.add_argument("--version", action="version", version=f"workbench {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    ex = sub.add_parser("extract", help="write the tables of one or more articles as CSV (or Parquet)",
                        description="Write articles, paragraphs, sentences, mentions, stances, "
                                    "citations and timeline tables to DIR.")
    ex.add_argument("articles", nargs="+", metavar="ARTICLE", help="article text file(s)")
    ex.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    ex.add_argument("--format", choices=("csv", "parquet"), default="csv")
    ex.add_argument("--published", metavar="YYYY-MM-DD",
                    help="publication date (anchors years and 'this week')")
    ex.add_argument("--quiet", "-q", action="store_true", help="print no summary")
    br = sub.add_parser("brief", help="write the briefing pack: charts (PNG, SVG), tables, brief.pdf",
                        description="Write the briefing pack of one or more articles to DIR.")
    br.add_argument("articles", nargs="+", metavar="ARTICLE")
    br.add_argument("--out", required=True, metavar="DIR")
    br.add_argument("--force", action="store_true",
                    help="write into a non-empty folder that workbench did not make")
    br.add_argument("--quiet", "-q", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            if args.command == "extract":
                rc = _extract(args)
            else:
                rc = _brief(args)
        for w in caught:
            if "workbench" in (w.filename or "") or issubclass(w.category, UserWarning):
                print(f"workbench: warning: {w.message}", file=sys.stderr)
        return rc
    except WorkbenchError as exc:
        print(f"workbench: error: {exc}", file=sys.stderr)
        return 2
    except FileExistsError as exc:
        print(f"workbench: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        print(f"workbench: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130


def _check_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder")
    parent = out if out.exists() else out.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"{out}: output folder is not writable")


def _extract(args) -> int:
    from .article import load_corpus
    out = Path(args.out)
    _check_out(out)
    if args.format == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise OutputError("--format parquet needs pyarrow (pip install pyarrow)") from None
    corpus = load_corpus(args.articles, published=args.published,
                         progress=len(args.articles) > 1 and not args.quiet)
    write_tables(corpus.tables(), out, fmt=args.format)
    if not args.quiet:
        for art in corpus:
            print(art.summary())
        print(f"tables written to {out}/")
    return 0


def write_tables(tables: dict, out: Path, *, fmt: str = "csv") -> list[Path]:
    """Write each table to out/<name>.<fmt> atomically (temp file, then rename)."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot create output folder ({exc.strerror or exc})") from None
    staged = []
    try:
        for name, df in tables.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
            os.close(fd)
            staged.append((tmp, out / f"{name}.{fmt}"))
            if fmt == "csv":
                df.to_csv(tmp, index=False)
            else:
                df.to_parquet(tmp, index=False)
    except OSError as exc:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{out}: cannot write tables ({exc.strerror or exc})") from None
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    for tmp, final in staged:
        os.replace(tmp, final)
    return [final for _, final in staged]


def _brief(args) -> int:
    from .brief import write_brief
    out = Path(args.out)
    _check_out(out)
    written = write_brief(args.articles, out, force=args.force,
                          progress=len(args.articles) > 1 and not args.quiet)
    if not args.quiet:
        print(f"briefing pack written to {out}/ ({len(written) if written else 0} files)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
