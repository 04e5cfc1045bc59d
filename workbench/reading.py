"""Reading article files: decoding, sanity checks and HTML to text.

`read_text(path)` returns the article text exactly as the rest of the package
sees it (universal newlines, like Python's text mode), or raises
:class:`~workbench.errors.InputError` with a one-line reason.
"""
from __future__ import annotations

import os
import re
import warnings
from html.parser import HTMLParser
from pathlib import Path

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


def read_text(path: str | os.PathLike) -> str:
    """Read an article file and return its text.

    Raises InputError for a missing path, a directory, an empty, binary,
    undecodable or too large file. A cp1252 file is decoded with an
    :class:`EncodingWarning`; an HTML page is reduced to its text.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not an article file")
    try:
        size = p.stat().st_size
        if size > max_bytes():
            raise InputError(f"{p}: too large ({size / 1e6:.0f} MB; the limit is "
                             f"{max_bytes() / 1e6:.0f} MB, set WORKBENCH_MAX_BYTES to raise it)")
        data = p.read_bytes()
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    return decode(data, name=str(p))


def decode(data: bytes, *, name: str = "article") -> str:
    """Bytes of an article file → text (see :func:`read_text`)."""
    if not data.strip():
        raise InputError(f"{name}: is empty")
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(f"{name}: looks like a binary file, not text")
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
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sample = text[:8192]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(f"{name}: looks like a binary file, not text")
    if _HTML_START.match(data[:1024]) or _looks_like_html(sample):
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
