"""Export figures at print resolution, reproducibly and safely.

:func:`save_figure` writes a figure as PNG, SVG and/or PDF so that the same
figure gives the same bytes every time (no software version, no timestamp
unless ``SOURCE_DATE_EPOCH`` asks for one, fixed SVG ids), writes each file
atomically (a temporary file in the same folder, then :func:`os.replace`, so a
failed export never leaves a half-written or clobbered file) and refuses to
replace an existing file unless told to.

:func:`staged_folder` is the one write path of the command line: everything a
run writes (the tables of ``extract``, the pack of ``brief``) goes into a
staging folder next to the output folder, which then takes the output
folder's place in one rename. A reader sees the old set or the new set, never
a mix; a failed or killed run leaves the old folder as it was, and its
staging folder is removed by the next run.
"""
from __future__ import annotations

import contextlib
import ctypes
import datetime as _dt
import errno
import os
import re
import secrets
import shutil
import signal
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

__all__ = ["save_figure", "savefig_metadata", "deterministic_rc",
           "atomic_path", "staged_folder", "source_date", "SUPPORTED_FORMATS"]

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


# --------------------------------------------------------------------------
# the one write path: a staging folder, renamed into place as a whole

_STAGE = re.compile(r"\.(?P<name>.+)\.wb-(?P<kind>stage|old)-(?P<pid>\d+)-[A-Za-z0-9_]+")
#: temporary files of older versions (mkstemp: ".<name>.XXXXXXXX.tmp")
_OLD_TMP = re.compile(r"\..+\.[A-Za-z0-9_]{8}\.tmp")
_ACTIVE: set[str] = set()


def fault(point: str) -> None:
    """Testing hook: ``WORKBENCH_TEST_FAULT=<point>`` kills the process with
    SIGKILL when it reaches *point* (say ``staged``: all written, not yet
    renamed into place), to show what a killed run leaves behind;
    ``<point>:TERM`` sends SIGTERM instead."""
    want = os.environ.get("WORKBENCH_TEST_FAULT", "")
    if want == point:
        os.kill(os.getpid(), signal.SIGKILL)
    elif want == f"{point}:TERM":
        os.kill(os.getpid(), signal.SIGTERM)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(target: str | os.PathLike) -> list[Path]:
    """Remove what killed runs left next to *target*: their staging folders
    (and put back an output folder a run had moved aside but not replaced).
    Folders of runs that are still alive are left alone. Returns what was removed."""
    target = Path(target)
    parent = target.parent
    removed: list[Path] = []
    try:
        entries = list(parent.iterdir())
    except OSError:
        return removed
    for entry in entries:
        m = _STAGE.fullmatch(entry.name)
        if not m or m["name"] != target.name or str(entry) in _ACTIVE:
            continue
        pid = int(m["pid"])
        if pid != os.getpid() and _pid_alive(pid):
            continue
        if entry.is_symlink() or not entry.is_dir():
            continue
        if m["kind"] == "old" and not os.path.lexists(target):
            with contextlib.suppress(OSError):
                os.rename(entry, target)  # the swap was cut short: restore the old set
                continue
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False if unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EPERM, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _carry_over(old: Path, new: Path, replaced: Any, rel: str = "") -> None:
    """Hard-link (or copy) into *new* what is in *old* and is not the tool's
    own output (*replaced*(relative path) is true) nor already in *new*."""
    try:
        entries = list(old.iterdir())
    except FileNotFoundError:  # another run swapped it away meanwhile
        return
    for entry in entries:
        r = f"{rel}{entry.name}"
        if _OLD_TMP.fullmatch(entry.name) or replaced(r):
            continue
        dest = new / entry.name
        if entry.is_dir() and not entry.is_symlink():
            if dest.is_symlink() or (dest.exists() and not dest.is_dir()):
                continue
            made = not dest.exists()
            if made:
                dest.mkdir()
                shutil.copystat(entry, dest, follow_symlinks=False)
            _carry_over(entry, dest, replaced, r + "/")
            if made and not any(dest.iterdir()) and any(entry.iterdir()):
                dest.rmdir()  # it held only the tool's own output
        elif not os.path.lexists(dest):
            try:
                os.link(entry, dest, follow_symlinks=False)
            except FileNotFoundError:
                continue
            except OSError:
                with contextlib.suppress(FileNotFoundError):
                    shutil.copy2(entry, dest, follow_symlinks=False)


def _output_folder(target: str | os.PathLike) -> Path:
    """*target* as an absolute path (for a link to a folder, the folder it points to),
    checked: it is a folder or does not exist, is not ``/`` and does not hold the
    current folder. Raises OutputError otherwise."""
    from .errors import OutputError

    target = Path(os.path.abspath(target))
    if target.is_symlink() and target.is_dir():
        target = Path(os.path.realpath(target))  # replace what the link points to, keep the link
    if os.path.lexists(target) and not target.is_dir():
        raise OutputError(f"{target}: exists and is not a folder")
    if target.parent == target:
        raise OutputError(f"{target}: cannot be an output folder")
    cwd = Path(os.path.realpath(os.getcwd()))
    if cwd == Path(os.path.realpath(target)) or Path(os.path.realpath(target)) in cwd.parents:
        raise OutputError(f"{target}: holds the current folder; workbench replaces its output "
                          f"folder as a whole, so choose a subfolder (say out/)")
    return target


def _new_staging(target: Path) -> Path:
    """A fresh, empty staging folder next to *target*, made after removing the
    stale ones of killed runs. Raises OutputError if it cannot be made."""
    from .errors import OutputError

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        clean_stale(target)
        return Path(tempfile.mkdtemp(prefix=f".{target.name}.wb-stage-{os.getpid()}-",
                                     dir=target.parent))
    except OSError as exc:
        raise OutputError(f"{target}: cannot create the output folder "
                          f"({exc.strerror or exc})") from None


def _put_in_place(staging: Path, target: Path, replaced: Any) -> None:
    """Carry over into *staging* what *target* holds that is not the tool's own
    output, then let *staging* take *target*'s place (one atomic exchange where
    the system has it, else two renames). Raises OutputError if it cannot."""
    from .errors import OutputError

    try:
        if target.exists():
            _carry_over(target, staging, replaced)
            if not _exchange(staging, target):
                aside = target.parent / (f".{target.name}.wb-old-{os.getpid()}-"
                                         f"{secrets.token_hex(4)}")
                os.rename(target, aside)  # a kill here: clean_stale puts it back
                os.rename(staging, target)
                shutil.rmtree(aside, ignore_errors=True)
        else:
            os.rename(staging, target)
    except OSError as exc:
        raise OutputError(f"{target}: cannot be replaced ({exc.strerror or exc})") from None


@contextlib.contextmanager
def staged_folder(target: str | os.PathLike, *, replaced: Any = None) -> Iterator[Path]:
    """Yield a fresh staging folder next to *target*; on success it becomes *target*.

    Write the whole new set into the staging folder. When the block ends
    without error, whatever was in *target* and is not part of the tool's own
    output (``replaced(relative_path)`` is false; by default nothing is
    carried over) is hard-linked into the staging folder, which then takes
    *target*'s place in one atomic rename; the old folder is removed. If the
    block raises (or the process dies), *target* is untouched and a new
    *target* is never created. Files keep the umask (the folder gets the old
    folder's mode, or 0777 minus the umask). Stale staging folders of killed
    runs are removed first. Raises OutputError (with the path) for an output
    folder that cannot be written, and for one that holds the current folder.
    """
    from .errors import OutputError, WorkbenchError

    target = _output_folder(target)
    if replaced is None:
        replaced = lambda rel: False  # noqa: E731
    staging = _new_staging(target)
    _ACTIVE.add(str(staging))
    try:
        mode = (target.stat().st_mode & 0o7777) if target.exists() else (0o777 & ~_umask())
        os.chmod(staging, mode)
        try:
            yield staging
        except WorkbenchError:
            raise
        except OSError as exc:
            raise OutputError(f"{target}: cannot be written ({exc.strerror or exc})") from None
        fault("staged")
        _put_in_place(staging, target, replaced)
    finally:
        if os.path.lexists(staging):  # after a swap, the old set; after a failure, the new
            shutil.rmtree(staging, ignore_errors=True)
        _ACTIVE.discard(str(staging))
