"""Reading article files: decoding, sanity checks and HTML to text.

`read_text(path)` returns the article text exactly as the rest of the package
sees it (universal newlines, like Python's text mode), or raises
:class:`~workbench.errors.InputError` with a one-line reason.
"""
from __future__ import annotations

import errno
import os
import re
import stat
import sys
import warnings
from html.parser import HTMLParser

from .errors import InputError

#: Refuse files larger than this (bytes); override with WORKBENCH_MAX_BYTES.
MAX_BYTES = 64 * 1024 * 1024

_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<\?xml[^>]*>\s*<html\b)", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class EncodingWarning(UserWarning):
    """The article was not UTF-8 and was decoded from another encoding."""


def max_bytes() -> int:
    try:
        return int(os.environ.get("WORKBENCH_MAX_BYTES", MAX_BYTES))
    except ValueError:
        return MAX_BYTES


def read_text(path: str | os.PathLike, *, hint: bool = False) -> str:
    """Read an article file and return its text.

    Only a regular file is read, and never more than the size limit (plus
    one byte, to tell that it is over), whatever size the file reports: a
    device, FIFO or socket is refused with a one-line InputError instead of
    being read without end. Raises InputError for a missing path, a
    directory, an empty, binary, undecodable or too large file. A cp1252 file
    is decoded with an :class:`EncodingWarning`; UTF-16 and UTF-32 with a
    byte-order mark are decoded; an HTML page is reduced to its text.
    *hint*: a missing path that looks like article text says how to pass text.
    """
    name = os.fspath(path)
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(name, flags)
    except FileNotFoundError:
        tip = ""
        if hint and (len(name) > 200 or any(c in name for c in "\n \t")):
            tip = " (to analyse text rather than a file, pass load_article(text=...))"
        short = name if len(name) <= 80 else name[:77] + "..."
        raise InputError(f"{short}: no such file{tip}".replace("\n", " ")) from None
    except OSError as exc:
        raise InputError(_os_reason(name, exc)) from None
    try:
        st = os.fstat(fd)
        kind = _file_kind(st.st_mode)
        if kind == "directory":
            raise InputError(f"{name}: is a directory, not an article file")
        if kind != "regular":
            raise InputError(f"{name}: is a {kind}, not a regular file; only regular files "
                             f"(or standard input, '-') are read")
        if st.st_size > max_bytes():
            raise InputError(_too_large(name, st.st_size))
        data = _read_bounded(fd, name)
    except OSError as exc:
        raise InputError(_os_reason(name, exc)) from None
    finally:
        os.close(fd)
    return decode(data, name=name)


def read_stdin(name: str = "standard input") -> str:
    """The article on standard input (``-`` on the command line), read with the size limit."""
    stream = sys.stdin
    if stream is None:
        raise InputError(f"{name}: is not open")
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        buf = getattr(stream, "buffer", None)
        data = (buf.read(max_bytes() + 1) if buf is not None
                else stream.read(max_bytes() + 1).encode("utf-8"))
        if len(data) > max_bytes():
            raise InputError(_too_large(name, None))
        return decode(data, name=name)
    try:
        data = _read_bounded(fd, name)
    except OSError as exc:
        raise InputError(_os_reason(name, exc)) from None
    return decode(data, name=name)


def _read_bounded(fd: int, name: str) -> bytes:
    limit = max_bytes()
    chunks, total = [], 0
    while True:
        try:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
        except BlockingIOError:  # a non-blocking pipe with nothing in it yet
            import select
            select.select([fd], [], [], 1.0)
            continue
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise InputError(_too_large(name, None))
    return b"".join(chunks)


_FILE_KINDS = ((stat.S_ISREG, "regular"), (stat.S_ISDIR, "directory"), (stat.S_ISFIFO, "FIFO (named pipe)"),
               (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"), (stat.S_ISSOCK, "socket"))


def _file_kind(mode: int) -> str:
    return next((name for test, name in _FILE_KINDS if test(mode)), "special file")


def _too_large(name: str, size: int | None) -> str:
    got = f"{size / 1e6:.0f} MB" if size is not None else "more than the limit"
    return (f"{name}: too large ({got}; the limit is {max_bytes() / 1e6:.0f} MB, "
            f"set WORKBENCH_MAX_BYTES to raise it)")


def _os_reason(name: str, exc: OSError) -> str:
    reasons = {errno.EACCES: "permission denied", errno.EPERM: "permission denied",
               errno.ELOOP: "a symbolic link loop", errno.ENAMETOOLONG: "file name too long",
               errno.ENOTDIR: "no such file (a part of the path is not a folder)",
               errno.ENXIO: "is a socket or device that cannot be opened as a file",
               errno.EISDIR: "is a directory, not an article file"}
    short = name if len(name) <= 80 else name[:77] + "..."
    reason = reasons.get(exc.errno) or f"cannot be read ({exc.strerror or exc})"
    return f"{short}: {reason}".replace("\n", " ")


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"), (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
         (b"\xff\xfe", "utf-16-le", "UTF-16"), (b"\xfe\xff", "utf-16-be", "UTF-16"))


def decode(data: bytes, *, name: str = "article") -> str:
    """Bytes of an article file → text (see :func:`read_text`)."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts like {label} text but is not valid {label}") from None
            if "\x00" in text:
                raise InputError(f"{name}: looks like a binary file, not text (NUL characters)")
            return _finish(text, name, text.encode("utf-8", "replace")[:1024])
    if not data.strip():
        raise InputError(f"{name}: is empty")
    if b"\x00" in data:
        if _looks_like_utf16(data[:8192]):
            raise InputError(f"{name}: looks like UTF-16 text without a byte-order mark; "
                             f"save it as UTF-8 (or UTF-16 with a BOM)")
        raise InputError(f"{name}: looks like a binary file, not text (NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(f"{name}: is neither UTF-8 nor Windows-1252 text") from None
        warnings.warn(f"{name}: not UTF-8; decoded as Windows-1252 (cp1252)",
                      EncodingWarning, stacklevel=3)
    return _finish(text, name, data[:1024])


def _looks_like_utf16(head: bytes) -> bool:
    even, odd = head[0::2], head[1::2]
    n = max(1, len(head) // 2)
    if even.count(0) < odd.count(0):
        even, odd = odd, even  # `even`: the half that holds the zero high bytes
    if not (even.count(0) > 0.4 * n and odd.count(0) < 0.05 * n):
        return False
    text = sum(1 for b in odd if b in (9, 10, 13) or 32 <= b < 127 or b >= 128)
    return text > 0.9 * len(odd)


def _finish(text: str, name: str, head: bytes) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: is empty")
    sample = text[:8192]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(f"{name}: looks like a binary file, not text")
    if _HTML_START.match(head) or _looks_like_html(sample):
        text = html_to_text(text)
        if not text.strip():
            raise InputError(f"{name}: an HTML page with no article text in it")
    if not text.strip():
        raise InputError(f"{name}: is empty")
    return text


def _looks_like_html(sample: str) -> bool:
    tags = len(re.findall(r"</?(?:p|div|span|a|br|table|td|li|script|style)\b[^>]*>", sample, re.I))
    return tags >= 5 and tags * 40 > len(sample.split())


class _TextExtractor(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
              "section", "article", "blockquote", "title"}
    _SKIP = {"script", "style", "noscript", "head", "nav", "footer", "form"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._buf: list[str] = []
        self._skip = 0

    def _flush(self) -> None:
        block = " ".join("".join(self._buf).split())
        if block:
            self.blocks.append(block)
        self._buf = []

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self._flush()

    def handle_data(self, data):
        if not self._skip:
            self._buf.append(data)


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one paragraph per block, blank-line separated."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    parser._flush()
    return "\n\n".join(parser.blocks) + ("\n" if parser.blocks else "")
