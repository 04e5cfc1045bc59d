"""Dates: citations such as “(Kyodo, January 14)”, dated expressions, and the
publication date that anchors years and relative dates (“This week”)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable

MONTHS = {m: i + 1 for i, m in enumerate(
    "January February March April May June July August September October November December".split())}
_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
         "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
MONTH_OF = {**MONTHS, **_ABBR}
_M = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>1[89]\d\d|20\d\d)"
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

DATE_PATTERNS = [
    ("day", re.compile(_M + r"\s+" + _D + r",?\s+" + _Y + r"(?!\d)")),
    ("day", re.compile(r"(?<!\d)" + _D + r"\s+" + _M + r",?\s+" + _Y + r"(?!\d)")),
    ("day", re.compile(_M + r"\s+" + _D + r"(?![\d,]*\s*\d{4})(?!\d)")),
    ("month", re.compile(r"(?:(?:early|mid|late)[\s\-]+)?" + _M + r",?\s+(?:of\s+)?" + _Y + r"(?!\d)")),
    ("month", re.compile(r"(?P<prep>\b(?i:in|since|by|until|till|from|during|through|last|next|this|early|late|mid|of|before|after|between|and)[\s\-]+)"
                         + _M + r"(?![\w\-]|\s+\d)")),
    ("year", re.compile(r"\bthe\s+year\s+" + _Y + r"\b")),
    ("year", re.compile(r"(?<![\w\-/])" + _Y + r"[\-–](?:1[89]\d\d|20\d\d|\d\d)(?![\w\-/])")),
    ("year", re.compile(r"(?<![\w\-/$])" + _Y + r"(?![\w\-/]|’s|'s)")),
]
_N_MONTH_PATTERNS = 5  # the first five need a month name, the rest a year
_ANY_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_ANY_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
RELATIVE = re.compile(
    r"\b(?P<rel>(?:earlier\s+|later\s+)?(?:this|last|next|the\s+previous|the\s+following)\s+"
    r"(?P<unit>week|month|year)|yesterday|today|tomorrow|"
    r"(?:on\s+|last\s+|(?<=[a-z,]\s))(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", re.I)

ANCHORED = re.compile(
    r"\b(?P<rel>the\s+(?:next|following|previous)\s+(?P<unit>day|week)|the\s+day\s+(?:before|after)|"
    r"(?P<n>a|one|two|three|four|five|six|seven|ten)\s+(?P<unit2>days?|weeks?)\s+(?P<dir>later|earlier))\b",
    re.I)
_NUM = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}
_YEAR = re.compile(r"(?<![\w\-/$])(1[89]\d\d|20\d\d)(?![\w\-/])")


class DateContext:
    """What dates in an article are read against: the publication date when
    known, else the years written around each date; "the next day" against
    the last full date before it."""

    def __init__(self, text: str, published: dt.date | None):
        self.text = text
        self.published = published
        self.years = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text)]
        self.days: list[tuple[int, dt.date]] = []
        self.latest: dt.date | None = published
        self.cache: dict[tuple[int, int], list] = {}  # absolute dates per sentence
        self._mode: dt.date | None = None
        self.undated = 0  # dates kept without a year: nothing to infer it from

    def prescan(self, spans) -> None:
        """Record the explicit day dates of the article (for anchored and relative dates)."""
        for a, b in spans:
            hits = find_dates(self.text, a, b, self, relative=False)
            self.cache[(a, b)] = hits
            for h in hits:
                if h.precision == "day" and not h.date.startswith("--"):
                    d = dt.date.fromisoformat(h.date)
                    self.days.append((h.start, d))
        if self.published is None and self.days:
            self.latest = max(d for _, d in self.days)

    def ref_for(self, pos: int) -> tuple[dt.date | None, bool]:
        """The date a month or day without a year is read against: the
        publication date, else the end of the year the article names most
        often (ties: the later year)."""
        if self.published is not None:
            return self.published, True
        if not self.years:
            return None, False
        if self._mode is None:
            counts: dict[int, int] = {}
            for _, y in self.years:
                counts[y] = counts.get(y, 0) + 1
            year = max(counts, key=lambda y: (counts[y], y))
            self._mode = dt.date(year, 12, 31)
        return self._mode, True

    def day_before(self, pos: int) -> dt.date | None:
        import bisect
        k = bisect.bisect_left(self.days, (pos, dt.date.min))
        return self.days[k - 1][1] if k else None


CITATION = re.compile(r"\(([^()]{2,240})\)")
_CIT_DATES = [re.compile(r"^" + _M + r"\s+" + _D + r"(?:,?\s+" + _Y + r")?$"),
              re.compile(r"^" + _D + r"\s+" + _M + r"(?:,?\s+" + _Y + r")?$"),
              re.compile(r"^" + _M + r",?\s+" + _Y + r"$")]


def _cit_date(value: str):
    for rx in _CIT_DATES:
        m = rx.match(value)
        if m:
            return m
    return None
_SOURCE_OK = re.compile(r"^(?:the\s+)?[A-Z][\w’'\-\.&/]*(?:\s+[\w’'\-\.&/]+){0,5}$")


@dataclass
class DateHit:
    start: int
    end: int
    text: str
    date: str
    precision: str


def monitor_date(publication: str, volume, issue) -> dt.date | None:
    """Estimated date of a Jamestown *Monitor* issue: volume 1 is 1995, issues
    are numbered by weekday (Monday to Friday) from the first of the year."""
    if not publication or "monitor" not in publication.lower():
        return None
    try:
        vol, num = int(volume), int(issue)
    except (TypeError, ValueError):
        return None
    base = 2003 if "eurasia" in publication.lower() else 1994
    year = base + vol
    if not (1 <= num <= 262) or year > 2030:
        return None
    day = dt.date(year, 1, 1)
    count = 0
    while True:
        if day.weekday() < 5:
            count += 1
            if count == num:
                return day
        day += dt.timedelta(days=1)
        if day.year != year:
            return None


def parse_date(value: str) -> dt.date | None:
    """An explicit header date (ISO or `January 27, 2000`)."""
    value = (value or "").strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    for prec, rx in DATE_PATTERNS[:2]:
        m = rx.fullmatch(value)
        if m:
            return _mk(m, int(m.group("year")))
    return None


def _mk(m, year: int) -> dt.date | None:
    try:
        return dt.date(year, MONTH_OF[m.group("month").rstrip(".")], int(m.group("day")))
    except (ValueError, KeyError):
        return None


def infer_year(month: int, day: int, ref: dt.date | None, *, published: bool) -> int | None:
    """The year of a month (and day) given without one: the latest year that
    does not put it after the reference date (plus two weeks' slack)."""
    if ref is None:
        return None
    try:
        cand = dt.date(ref.year, month, min(day, 28))
    except ValueError:
        return ref.year
    slack = 90 if published else 120  # an article may announce what comes next month
    if cand > ref + dt.timedelta(days=slack):
        return ref.year - 1
    return ref.year


@dataclass
class DateScan:
    """One sentence, text[s0:s1], as the date rules see it: the hits so far and
    the spans they take (a later rule skips a span an earlier one took)."""
    text: str
    s0: int
    s1: int
    ctx: "DateContext"
    hits: list = field(default_factory=list)
    taken: list = field(default_factory=list)

    def free(self, a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in self.taken)

    def add(self, hit: DateHit) -> None:
        self.taken.append((hit.start, hit.end))
        self.hits.append(hit)


DateRule = Callable[[DateScan], None]
#: the date rules, in the order they run: the written dates first (cached per
#: sentence by DateContext.prescan), then the dates read against others
DATE_RULES: list[DateRule] = []


def date_rule(fn: DateRule) -> DateRule:
    """Register *fn* as the next date rule."""
    DATE_RULES.append(fn)
    return fn


def find_dates(text: str, s0: int, s1: int, ctx: "DateContext", *, relative: bool = True,
               ) -> list[DateHit]:
    """Dated expressions in text[s0:s1], normalised to ISO: every rule of
    :data:`DATE_RULES` in order (only the first, the written dates, when
    *relative* is false)."""
    scan = DateScan(text, s0, s1, ctx)
    for fn in DATE_RULES:
        if fn is written_dates and (s0, s1) in ctx.cache:
            for h in ctx.cache[(s0, s1)]:  # DateContext.prescan ran it on every sentence
                scan.add(h)
        elif fn is written_dates or relative:
            fn(scan)
    return sorted(scan.hits, key=lambda h: h.start)


@date_rule
def written_dates(scan: DateScan) -> None:
    """Dates written out (:data:`DATE_PATTERNS`): "January 14, 2000", "14 January",
    "in March", "the year 1998", "1996–97"; a month or day without a year takes
    it from the publication date, else from the years the article names."""
    text, s0, s1, ctx = scan.text, scan.s0, scan.s1, scan.ctx
    ref, published = ctx.ref_for(s0)
    has_month = _ANY_MONTH.search(text, s0, s1) is not None
    has_year = _ANY_YEAR.search(text, s0, s1) is not None
    for i, (prec, rx) in enumerate(DATE_PATTERNS):
        if (i < _N_MONTH_PATTERNS and not has_month) or (i >= _N_MONTH_PATTERNS and not has_year):
            continue
        for m in rx.finditer(text, s0, s1):
            a, b = (m.end("prep") if m.groupdict().get("prep") else m.start()), m.end()
            if scan.free(a, b):
                date = _written(m, prec, ref, published, ctx)
                if date is not None:
                    scan.add(DateHit(a, b, text[a:b], date, prec))


def _written(m: re.Match, prec: str, ref, published: bool, ctx: "DateContext") -> str | None:
    """The ISO date of a written date match; None for "May" alone (the verb) and
    impossible days."""
    gd = m.groupdict()
    year = int(gd["year"]) if gd.get("year") else None
    if prec == "year":
        return str(year)
    month = MONTH_OF[gd["month"].rstrip(".")]
    if month == 5 and prec == "month" and not year and not gd.get("prep"):
        return None
    if year is None:
        year = infer_year(month, int(gd.get("day") or 1), ref, published=published)
    if year is None:  # no year anywhere: kept as ISO "--MM-DD" / "--MM", never dropped
        ctx.undated += 1
        return f"--{month:02d}-{int(gd['day']):02d}" if prec == "day" else f"--{month:02d}"
    if prec == "day":
        try:
            return dt.date(year, month, int(gd["day"])).isoformat()
        except ValueError:
            return None
    return f"{year:04d}-{month:02d}"


@date_rule
def anchored_dates(scan: DateScan) -> None:
    """ "the next day", "two days later", "the day before": counted from the last
    full date written before it."""
    for m in ANCHORED.finditer(scan.text, scan.s0, scan.s1):
        base = scan.ctx.day_before(m.start())
        hit = _anchored(m, base) if base is not None else None
        if hit:
            scan.add(DateHit(m.start(), m.end(), m.group(0), *hit))


_WORD_BEFORE = re.compile(r"([\w’']+),?\s+$")


def _bare_name(text: str, m: re.Match) -> bool:
    """A bare weekday ("announced Tuesday", "said, Friday") dates only after a
    lower-case word: "Black Tuesday" is a name."""
    if m.group("wd") is None or m.group("rel") != m.group("wd"):
        return False  # not a weekday, or "on Monday", "last Monday"
    w = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return w is None or not w.group(1).islower()


@date_rule
def relative_dates(scan: DateScan) -> None:
    """ "this week", "last year", "yesterday", "on Monday", "announced Tuesday":
    counted from the publication date (or the latest date the article gives);
    with neither, kept with its precision and no date."""
    text, ctx = scan.text, scan.ctx
    for m in RELATIVE.finditer(text, scan.s0, scan.s1):
        if not scan.free(m.start(), m.end()) or _bare_name(text, m):
            continue
        hit = _relative(m, ctx.latest or dt.date(2000, 1, 5))
        if hit and ctx.latest is None:  # "on Monday" with no date to count from: its precision, no date
            ctx.undated += 1
            hit = ("", hit[1])
        if hit:
            scan.add(DateHit(m.start(), m.end(), m.group(0), *hit))


def _anchored(m, base: dt.date) -> tuple[str, str] | None:
    rel = m.group(0).lower()
    if m.group("n"):
        k = _NUM[m.group("n").lower()]
        unit = m.group("unit2").lower().rstrip("s")
        sign = 1 if m.group("dir").lower() == "later" else -1
        days = k * (7 if unit == "week" else 1) * sign
        d = base + dt.timedelta(days=days)
        if unit == "week":
            return (d - dt.timedelta(days=d.weekday())).isoformat(), "week"
        return d.isoformat(), "day"
    unit = (m.group("unit") or "day").lower()
    sign = -1 if ("previous" in rel or "before" in rel) else 1
    if unit == "week":
        d = base + dt.timedelta(weeks=sign)
        return (d - dt.timedelta(days=d.weekday())).isoformat(), "week"
    return (base + dt.timedelta(days=sign)).isoformat(), "day"


def _relative(m, ref: dt.date) -> tuple[str, str] | None:
    rel = m.group("rel").lower()
    unit = (m.group("unit") or "").lower()
    shift = -1 if re.search(r"\b(?:last|previous)\b", rel) else 1 if re.search(r"\b(?:next|following)\b", rel) else 0
    if unit == "week":
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=shift)
        return monday.isoformat(), "week"
    if unit == "month":
        y, mth = ref.year, ref.month + shift
        if mth < 1:
            y, mth = y - 1, 12
        if mth > 12:
            y, mth = y + 1, 1
        return f"{y:04d}-{mth:02d}", "month"
    if unit == "year":
        return str(ref.year + shift), "year"
    if rel in ("yesterday", "today", "tomorrow"):
        d = ref + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[rel])
        return d.isoformat(), "day"
    wd = m.group("wd")
    if wd:
        target = _WEEKDAYS.index(wd.capitalize())
        back = (ref.weekday() - target) % 7 or (7 if rel.startswith("last") else 0)
        return (ref - dt.timedelta(days=back)).isoformat(), "day"
    return None


def find_citations(text: str, s0: int, s1: int, agencies: dict, agency_lower: dict,
                   ctx: "DateContext") -> list[dict]:
    """Parenthetical source citations in text[s0:s1]: one row per source."""
    ref, published = ctx.ref_for(s0)
    out = []
    for m in CITATION.finditer(text, s0, s1):
        body = m.group(1)
        rows = []
        for part in re.split(r";", body):
            part = part.strip()
            if not part:
                continue
            date, prec = "", ""
            pieces = [p.strip() for p in part.split(",")]
            dates = []
            # "July 16 and 17": two days of one month
            two = re.fullmatch(r"([A-Z][a-z]+\.?)\s+(\d{1,2})\s+(?:and|&)\s+(\d{1,2})", pieces[-1]) \
                if len(pieces) > 1 else None
            if two and _cit_date(f"{two.group(1)} {two.group(2)}"):
                dates = [_citation_date(_cit_date(f"{two.group(1)} {d}"), ref, published)
                         for d in (two.group(2), two.group(3))]
                (date, prec), pieces = dates[0], pieces[:-1]
            # the date is the trailing one or two comma pieces
            for k in (2, 1) if not dates else ():
                if len(pieces) > k:
                    cand = ", ".join(pieces[-k:])
                    dm = _cit_date(cand)
                    if dm:
                        date, prec = _citation_date(dm, ref, published)
                        pieces = pieces[:-k]
                        break
            sources = []
            for p in pieces:
                for q in re.split(r"\s+and\s+|\s*&\s*|\s*/\s*(?=[A-Z])", p):
                    q = re.sub(r"\s*\[[^\]]*\]", "", q)  # "Panorama [Almaty]": the paper, not its city
                    q = re.sub(r"^(?:see\s+(?:also\s+)?)?(?:the\s+)?", "", q.strip(), flags=re.I)
                    if not q:
                        continue
                    known = agencies.get(q) or agency_lower.get(q.lower())
                    if known:
                        sources.append(" ".join(q.split()))  # as the article writes it
                    elif date and _SOURCE_OK.match(q) and not re.search(r"\d", q):
                        sources.append(q)
                    else:
                        sources = []
                        break
                else:
                    continue
                break
            if not sources or (not date and len(pieces) != len(sources)):
                rows = []
                break
            for src in sources:
                for date, prec in dates or [(date, prec)]:
                    rows.append({"source": src, "date": date, "date_precision": prec,
                                 "start": m.start(), "end": m.end(), "text": m.group(0)})
        out.extend(rows)
    return out


def _citation_date(dm, ref, published) -> tuple[str, str]:
    gd = dm.groupdict()
    month = MONTH_OF[gd["month"].rstrip(".")]
    year = int(gd["year"]) if gd.get("year") else infer_year(month, int(gd.get("day") or 1), ref,
                                                             published=published)
    if year is None:
        return "", ""
    if gd.get("day"):
        try:
            return dt.date(year, month, int(gd["day"])).isoformat(), "day"
        except ValueError:
            return "", ""
    return f"{year:04d}-{month:02d}", "month"


#: a wire dateline opening the body: "Tbilisi, 3 May 2001 (Reuters) -- ",
#: "BAKU, Azerbaijan / ANKARA, Turkey -- ", "BISHKEK (Reuters) - ", "Dubai: ",
#: "LIMA, Peru (AP) _ " (older AP copy types the dash as an underscore)
_DATELINE_DASH = re.compile(r"[ \t]*([^\n]{2,90}?)\s(?:--|–|—|-|_)\s")
_DATELINE_COLON = re.compile(r"[ \t]*([A-Z][a-z]+):\s")
_DATELINE_BARE = re.compile(r"[ \t]*([A-Z]{3,}(?:[ \-][A-Z]{3,})*,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s+(?=[A-Z])")
_DATELINE_WORD = re.compile(r"\([^)]*\)|[\w.’'/]+")
_DATELINE_DAY_MONTH = re.compile(r"(\d{1,2})\s+([A-Z][a-z]+)\.?,?\s+(\d{4})|([A-Z][a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")


def dateline(text: str, start: int) -> tuple[int, int, dt.date | None] | None:
    """The wire dateline at *start* (the body's first paragraph), as (start, end,
    its date when it gives a year), or None. Its places are where the report was
    filed, not actors."""
    for rx in (_DATELINE_DASH, _DATELINE_COLON, _DATELINE_BARE):
        m = rx.match(text, start)
        if m is None:
            continue
        head = m.group(1)
        words = [w for w in _DATELINE_WORD.findall(head) if not w.startswith("(")]
        if any(w[0].islower() for w in words) or not words:
            continue  # a sentence, not a dateline
        if rx is _DATELINE_DASH and not re.search(r"[A-Z]{3,}|\(|\d", head) and (
                len(words) > 1 or not text[m.end():m.end() + 1].isupper()):
            continue  # "Russian President Vladimir Putin - …": a name, not a place ("Ljubljana - The …" is one)
        when = None
        d = _DATELINE_DAY_MONTH.search(head)
        if d:
            day, month, year = (d.group(1), d.group(2), d.group(3)) if d.group(1) else (d.group(5), d.group(4), d.group(6))
            when = parse_date(f"{day} {month} {year}")
        return m.start(1), m.end(), when
    return None
