"""Header metadata, paragraphs and sentences, with character offsets.

No model and no download: a rule-based segmenter that knows the
abbreviations of news prose (U.S., Gen., Jan. …) and parenthetical
citations such as “(Kyodo, January 14).”
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_HEADER_KEYS = ("Publication", "Volume", "Issue", "Title", "Date", "Published",
                "Author", "Source", "Headline")
_KEY_RE = re.compile(r"\b(" + "|".join(_HEADER_KEYS) + r")\s*:\s*", re.I)
_HEADER_LINE = re.compile(r"^\s*(?:" + "|".join(_HEADER_KEYS) + r")\s*:", re.I)


@dataclass
class Header:
    fields: dict = field(default_factory=dict)
    end: int = 0  # offset where the body starts


def parse_header(text: str) -> Header:
    """Leading `Key: value` lines (Publication, Volume, Issue, Title, Date …)."""
    pos = 0
    fields: dict[str, str] = {}
    while pos < len(text):
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl
        line = text[pos:line_end]
        if not line.strip():
            if fields:
                pos = line_end + 1
                continue
            pos = line_end + 1
            continue
        if not _HEADER_LINE.match(line):
            break
        keys = list(_KEY_RE.finditer(line))
        for i, m in enumerate(keys):
            value_end = keys[i + 1].start() if i + 1 < len(keys) else len(line)
            fields[m.group(1).lower()] = line[m.end():value_end].strip()
        pos = line_end + 1
    if not fields:
        return _headline(text)
    return Header(fields, min(pos, len(text)))


#: a line that ends a sentence, or a dateline on a line of its own ("MINSK, June 27 (RIA Novosti)")
_NOT_HEADLINE = re.compile(r"[.!?:;,][\s\"”’')]*$|\)\s*$|^[A-Z]{3,}[A-Z \-]*(?:,|\s+--?\s)")


def _headline(text: str) -> Header:
    """A first line that is a headline, not a sentence: no end mark, at most
    25 words, and more text after it ("Estonia denounces embassy 'siege'").
    It is the title, as if written "Title: …"; otherwise there is no header."""
    lead = len(text) - len(text.lstrip())
    nl = text.find("\n", lead)
    line = text[lead:nl].strip() if nl > 0 else ""
    if (not line or len(line.split()) > 25 or len(line.split()) < 2 or _NOT_HEADLINE.search(line)
            or not text[nl:].strip()):
        return Header({}, 0)
    return Header({"title": line}, nl + 1)


# ---------------------------------------------------------------- paragraphs

def paragraph_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each paragraph after *start*: blocks separated by blank
    lines; if there are no blank lines, each non-empty line is a paragraph."""
    body = text[start:]
    sep = re.compile(r"\n[ \t]*\n\s*") if re.search(r"\n[ \t]*\n", body) else re.compile(r"\n\s*")
    spans = []
    pos = 0
    for m in sep.finditer(body):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(body)))
    out = []
    for a, b in spans:
        chunk = body[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            out.append((start + a + lead, start + a + trail))
    return out


# ---------------------------------------------------------------- sentences

ABBREVIATIONS = frozenset("""
mr mrs ms dr gen lt col maj capt cpt sgt adm cmdr gov sen rep st mt ft no nos vol vols
jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ inc co corp ltd
jr sr vs etc al fig p pp ca cf ed eds rev prof pres amb
""".split())
# multi-letter dotted abbreviations: U.S. U.N. U.K. E.U. (never end a sentence
# unless followed by a typical sentence opener)
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}$")
_OPENERS = frozenset("""The A An But And In On At This That These Those It He She They We
I However Meanwhile Moreover Indeed Yet Still So Thus Although While When If As
Since After Before Despite For From Reports Officials""".split())

_CANDIDATE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+|$)")


#: the longest stretch the rules read as one sentence: a longer run with no
#: sentence end (a list, a table, a garbled file) is cut at spaces into pieces of
#: at most this many characters, so that time stays linear in its length
MAX_SENTENCE = 2000


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of text[start:end]; none longer
    than :data:`MAX_SENTENCE` characters."""
    return [piece for a, b in _sentence_spans(text, start, end) for piece in _pieces(text, a, b)]


def _pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    while b - a > MAX_SENTENCE:
        cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
        cut = cut if cut > a else a + MAX_SENTENCE
        out.append((a, cut))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if a < b:
        out.append((a, b))
    return out


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    s = start
    chunk = text[start:end]
    for m in _CANDIDATE.finditer(chunk):
        cut = start + m.end()
        if cut >= end:
            break
        if not _is_boundary(text, start + m.start(), cut, end):
            continue
        if text[s:cut].strip():
            spans.append((s, cut))
        s = cut
        while s < end and text[s].isspace():
            s += 1
    if s < end and text[s:end].strip():
        e = end
        while e > s and text[e - 1].isspace():
            e -= 1
        spans.append((s, e))
    return spans


def _is_boundary(text: str, punct: int, cut: int, end: int) -> bool:
    # what follows must look like the start of a sentence
    nxt = cut
    while nxt < end and text[nxt].isspace():
        nxt += 1
    if nxt >= end:
        return True
    follow = text[nxt]
    if not (follow.isupper() or follow.isdigit() or follow in "\"'“‘(["):
        return False
    if text[punct] != ".":
        return True
    # the word before the period
    w0 = punct
    while w0 > 0 and not text[w0 - 1].isspace() and text[w0 - 1] not in "(\"“":
        w0 -= 1
    word = text[w0:punct + 1]
    bare = word.rstrip(".").lower()
    if bare in ABBREVIATIONS:
        return False
    if len(bare) == 1 and bare.isalpha() and word[0].isupper():
        return False  # an initial: "George W. Bush"
    if _DOTTED.search(word):
        next_word = re.match(r"[A-Za-z]+", text[nxt:end])
        return bool(next_word and next_word.group(0) in _OPENERS)
    return True


def count_words(text: str) -> int:
    return len(re.findall(r"\w+(?:['’\-.]\w+)*", text))
