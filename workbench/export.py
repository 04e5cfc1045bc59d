"""Export figures at print resolution, reproducibly and safely.

:func:`save_figure` writes a figure as PNG, SVG and/or PDF so that the same
figure gives the same bytes every time (no software version, no timestamp
unless ``SOURCE_DATE_EPOCH`` asks for one, fixed SVG ids), writes each file
atomically (a temporary file in the same folder, then :func:`os.replace`, so a
failed export never leaves a half-written or clobbered file) and refuses to
replace an existing file unless told to.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

__all__ = ["save_figure", "savefig_metadata", "deterministic_rc",
           "atomic_path", "source_date", "SUPPORTED_FORMATS"]

#: Formats :func:`save_figure` knows how to make reproducible.
SUPPORTED_FORMATS = ("png", "svg", "pdf")

#: The fixed salt for SVG ids (matplotlib's ``svg.hashsalt``).
SVG_HASHSALT = "workbench"


def source_date() -> _dt.datetime | None:
    """The time in ``SOURCE_DATE_EPOCH`` (UTC) if it is set and valid, else None."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    try:
        return _dt.datetime.fromtimestamp(int(value), tz=_dt.timezone.utc)
    except (ValueError, OverflowError, OSError):
        return None


def savefig_metadata(fmt: str) -> dict[str, Any]:
    """The ``metadata=`` for :meth:`Figure.savefig` that makes *fmt* reproducible.

    No software name or version and no creation date, except that when
    ``SOURCE_DATE_EPOCH`` is set its time is used as the PDF / SVG date.
    """
    fmt = fmt.lower()
    when = source_date()
    if fmt == "png":
        return {"Software": None}
    if fmt == "pdf":
        return {"Creator": None, "Producer": None,
                "CreationDate": when}
    if fmt == "svg":
        return {"Date": when.isoformat() if when else None, "Creator": None}
    return {}


@contextlib.contextmanager
def deterministic_rc() -> Iterator[None]:
    """rc settings that make vector output reproducible (fixed SVG hash salt)."""
    import matplotlib as mpl

    with mpl.rc_context({"svg.hashsalt": SVG_HASHSALT}):
        yield


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike, *, overwrite: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside *target*; move it onto *target* on success.

    The temporary file lives in the same folder (so :func:`os.replace` is
    atomic) and is removed if the block raises; *target* is then untouched.
    Raises FileExistsError if *target* exists and *overwrite* is false.
    """
    target = Path(target)
    if target.exists() and not overwrite:
        raise FileExistsError(
            f"{target} already exists; pass overwrite=True to replace it")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                               dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        mode = (target.stat().st_mode & 0o777) if target.exists() else (0o666 & ~_umask())
        os.chmod(tmp_path, mode)
        os.replace(tmp_path, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise


def _stem(path: Path) -> Path:
    suffix = path.suffix.lower().lstrip(".")
    known = set(SUPPORTED_FORMATS) | {"jpg", "jpeg", "eps", "ps", "tif", "tiff", "webp"}
    return path.with_suffix("") if suffix in known else path


def save_figure(fig: Any, path: str | os.PathLike, formats: Iterable[str] = SUPPORTED_FORMATS,
                dpi: int = 300, overwrite: bool = False, *,
                bbox_inches: str | None = "tight", **savefig_kw: Any) -> list[Path]:
    """Save *fig* as ``<path>.<fmt>`` for each format; return the paths written.

    *path* is the stem: ``out/track`` gives ``out/track.png``, ``out/track.svg``
    …; if it ends in an image suffix (``out/track.png``) the suffix is dropped
    and the stem used. Folders are created as needed. The output is
    byte-identical for the same figure (see :func:`savefig_metadata`), each
    file is written atomically, and *dpi* sets the raster resolution (300 by
    default: print). Extra keywords go to :meth:`Figure.savefig`.

    Raises FileExistsError (before writing anything) if a target exists and
    *overwrite* is false; ValueError for a format other than png, svg, pdf.
    A failed write leaves any existing file as it was.
    """
    if isinstance(formats, str):
        formats = (formats,)
    fmts = [f.lower().lstrip(".") for f in formats]
    bad = [f for f in fmts if f not in SUPPORTED_FORMATS]
    if bad:
        raise ValueError(f"unsupported format(s) {bad}; use {list(SUPPORTED_FORMATS)}")
    stem = _stem(Path(path))
    targets = [stem.with_name(f"{stem.name}.{f}") for f in dict.fromkeys(fmts)]
    existing = [str(t) for t in targets if t.exists()]
    if existing and not overwrite:
        raise FileExistsError(
            f"refusing to replace {', '.join(existing)}; pass overwrite=True to replace")
    written: list[Path] = []
    with deterministic_rc():
        for target in targets:
            fmt = target.suffix.lstrip(".")
            with atomic_path(target, overwrite=overwrite) as tmp:
                fig.savefig(tmp, format=fmt, dpi=dpi, bbox_inches=bbox_inches,
                            metadata=savefig_metadata(fmt), **savefig_kw)
            written.append(target)
    return written
