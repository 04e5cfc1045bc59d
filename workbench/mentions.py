"""Actor mentions: named actors, metonyms, demonyms, agents, collectives and
pronouns, each resolved to an actor, a side, a kind and a role.

The rules are general and lexicon-driven:

* a capital or a state is a *place* after a locative preposition ("a summit in
  Moscow") unless an audience word comes just before ("may be appreciated in
  Tokyo", "confusion in Japan"); otherwise it is a metonym for its government
  ("Moscow would stick to…" → Russian government);
* a demonym is its side ("Russian statements", "U.S.-Japanese plans" names two);
  a demonym followed by a role noun is one actor ("the Russian ambassador to
  Japan");
* "the two sides", "either government" … name the article's two main sides;
* he/his resolve to the last person, it/its to the last non-person actor (or,
  opening a sentence, to the subject of the one before), they/their to the last
  plural actor; an expletive "it" ("made it clear", "it is not clear") is no
  mention.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Callable

from .language import stopwords
from .lexicons import Entry, Lexicons, alike_given_names, pick

PREPOSITIONS = frozenset("""to with from for against toward towards on upon at in into onto of by
about over under between among amongst across around near via through within without beside
behind beyond after before during despite than like unlike""".split())
LOCATIVE = frozenset("in at near from outside inside around across throughout via through into within".split())
ARENA = re.compile(r"(?:seat|seats)\s+(?:on|in)|member(?:ship)?\s+(?:of|in)|join(?:ed|ing|s)?|"
                   r"accession\s+to|admission\s+to|entry\s+into|entering|enter|"
                   r"integration\s+into|integrate\s+into|bid\s+for", re.I)
EXPLETIVE_AFTER = re.compile(
    r"\s+(?:is|was|seems|seemed|appears|appeared|remains|remained|would\s+be|will\s+be|"
    r"could\s+be|may\s+be|might\s+be|has\s+been|had\s+been)\s+(?:not\s+|also\s+|still\s+|now\s+)?"
    r"(?:clear|unclear|likely|unlikely|possible|impossible|difficult|easy|true|important|hard|"
    r"obvious|evident|apparent|necessary|doubtful|uncertain|significant|noteworthy|worth|"
    r"too|that|to|no\s+secret|a\s+(?:question|matter|sign))\b", re.I)
EXPLETIVE_BEFORE = re.compile(r"(?:make|makes|made|making|take|takes|took)\s*$", re.I)
PERSON_KINDS = frozenset({"person"})
_WORD = re.compile(r"[\w’'\-\.]+")
_POSS = re.compile(r"^(?:’s|'s|’|')(?![\w])")

PRONOUNS = re.compile(r"(?<![\w\-])(he|him|his|she|her|it|its|they|their|them)(?![\w\-])", re.I)
_TAKES_OBJECT = frozenset("make makes keep keeps take takes call calls sign signs mark marks see sees put puts "
                          "leave leaves find finds extend ratify ratifies renew renews regard regards".split())
IT_IS = re.compile(r"\s+(?:is|was|has\s+been|had\s+been|would\s+be|will\s+be|remains|remained)\b", re.I)


@dataclass
class Mention:
    start: int          # offsets into the article text
    end: int
    text: str
    actor: str
    side: str
    kind: str
    role: str
    sentence: int
    source: str = "named"       # named, state, place, demonym, agent, collective, pronoun, agency
    possessive: bool = False
    after_prep: str = ""         # the preposition just before it, if any
    government: str = ""
    reciprocal: bool = False     # "the two sides": several sides at once
    extras: dict = field(default_factory=dict)


#: an office and where its holder is posted: "ambassador to the" UN
_POSTED_TO = re.compile(r"(\w+)\s+to\s+(?:the\s+)?$")


def _prev_words(text: str, pos: int, n: int = 6, floor: int = 0) -> list[str]:
    return [w.lower().strip(".") for w in _WORD.findall(text[max(floor, pos - 120):pos])][-n:]


def _next_word(text: str, pos: int) -> str:
    m = _WORD.search(text, pos, min(len(text), pos + 40))
    return m.group(0).lower().strip(".") if m and not text[pos:m.start()].strip(" ") else ""


@dataclass
class Scan:
    """One sentence as the mention rules see it: text[s0:s1] of *finder*'s article,
    the spans already claimed (*taken*, starting with citations) and the mentions
    found so far."""
    finder: "MentionFinder"
    sid: int
    s0: int
    s1: int
    excluded: list   # spans no mention may overlap (citations)
    taken: list      # spans claimed by a mention or an excluded phrase
    found: list = field(default_factory=list)

    @property
    def lex(self) -> Lexicons:
        return self.finder.lex

    @property
    def text(self) -> str:
        return self.finder.text

    def free(self, a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in self.taken)


MentionRule = Callable[[Scan], list]
#: the mention rules, in the order they run; each returns the sentence's mentions so far
MENTION_RULES: list[MentionRule] = []


def mention_rule(fn: MentionRule) -> MentionRule:
    """Register *fn* as the next mention rule."""
    MENTION_RULES.append(fn)
    return fn


@mention_rule
def compound_demonyms(scan: Scan) -> list[Mention]:
    """ "U.S.-Japanese", "Russian-Japanese", "Sino-Russian": one mention per part."""
    lex, text, out = scan.lex, scan.text, list(scan.found)
    for m in scan.finder.compound_re.finditer(text, scan.s0, scan.s1):
        a, b = m.start(), m.end()
        if not scan.free(a, b):
            continue
        pos = a
        for part in m.group(1).split("-"):
            d = lex.demonyms.get(part) or scan.finder.sino.get(part)
            if d:
                out.append(Mention(pos, pos + len(part), part, d.government, d.side, "state", "actor",
                                   scan.sid, "demonym", government=d.government, extras={"pair": True}))
            elif part in lex.aliases:
                e = lex.aliases[part][0]
                out.append(Mention(pos, pos + len(part), part, e.government or e.actor, e.side,
                                   "government" if e.kind == "state" else e.kind, "actor",
                                   scan.sid, "pair", government=e.government))
            pos += len(part) + 1
        scan.taken.append((a, b))
    return out


@mention_rule
def lexicon_names(scan: Scan) -> list[Mention]:
    """Names, states, places, demonyms and plural demonyms of the actor lexicons
    ("Foreign Minister Lavrov", "Moscow", "Japanese", "Russians"). "The alliance"
    is NATO, and "the North" North Korea, only once that side has been named."""
    lex, text, out, finder = scan.lex, scan.text, list(scan.found), scan.finder
    if lex.alias_re is None:
        return out
    for m in lex.alias_re.finditer(text, scan.s0, scan.s1):
        if m.group(0)[:4] in ("the ", "The ") and _CAPITAL_NEXT.match(text, m.end()) and not _place(
                lex, m.group(0)):  # but "the Hague International Court"
            m = lex.alias_re.match(text, m.start() + 4, scan.s1)  # "the South Ossetian authorities"
            if m is None:
                continue
        a, b = m.start(), m.end()
        if not scan.free(a, b):
            continue
        surface = m.group(0)
        entries = lex.aliases.get(surface)
        if not entries and surface in lex.demonyms and _titled_given_name_before(lex, text, a):
            continue  # "Deputy Defence Minister Pavel Kosovan": a surname, not a demonym
        if entries and (_first_name_of_another(text, entries, surface, b)
                        or _another_first_name(lex, text, entries, surface, a)
                        or _learnt_surname(finder, entries, surface)
                        or _long_forgotten(entries, surface, finder.when)
                        or _body_of_another(text, entries, surface, a, b)):
            continue  # "deputy minister Putin Kasymov" is not Vladimir Putin, nor "Ana Palacio" Alfredo
        scan.taken.append((a, b))
        if entries and surface[:4] in ("the ", "The "):
            # "the alliance", "the South": once NATO, South Korea or South Sudan (or Juba) is named
            entries = tuple(e for e in entries if e.actor in finder.seen or e.side in finder.seen)
            if not entries:
                continue
        if entries:
            out.append(finder._lexicon_name(entries, surface, a, b, scan.sid))
        elif surface in lex.plurals:
            d = lex.plurals[surface]
            out.append(Mention(a, b, surface, surface, d.side, "collective", "actor", scan.sid, "plural",
                               government=d.government))
        elif surface in lex.demonyms:
            d = lex.demonyms[surface]
            out.append(Mention(a, b, surface, d.government, d.side, "state", "actor", scan.sid, "demonym",
                               government=d.government))
    return out


def _place(lex: Lexicons, surface: str) -> bool:
    """*surface* is a place of the lexicon ("the Hague"), not a body or a person."""
    entries = lex.aliases.get(surface)
    return bool(entries) and entries[0].kind == "place"


_NEXT_NAME = re.compile(r"[ \t]+([A-Z][a-z][\w\-’']*)")
_OWNER_BEFORE = re.compile(r"(?:’|')s?\s+$")


def _body_of_another(text: str, entries, surface: str, a: int, b: int) -> bool:
    """A one-word body of the lexicon ("Congress") that another owner's name
    qualifies is another body: "the Congress of Russian Communities", "the
    Compatriots’ Congress"."""
    return (" " not in surface and surface[1:].islower() and entries[0].kind == "organization"
            and (_of_name(text, b) or _OWNER_BEFORE.search(text, max(0, a - 4), a) is not None))


def _first_name_of_another(text: str, entries, surface: str, b: int) -> bool:
    """A person's one-word name right before another capitalised name is someone
    else's first name: "Putin Kasymov" (but not "Putin Tuesday")."""
    if " " in surface or entries[0].kind != "person":
        return False
    nxt = _NEXT_NAME.match(text, b)
    return bool(nxt) and nxt.group(1) not in _NOT_NAMES


@mention_rule
def agencies(scan: Scan) -> list[Mention]:
    """News agencies outside citations ("according to Interfax"): sources, not actors."""
    lex, text, out = scan.lex, scan.text, list(scan.found)
    for m in _CAPITALISED.finditer(text, scan.s0, scan.s1):
        for cand in _prefixes(m.group(0)):
            src = lex.agencies.get(cand)
            if src:
                a, b = m.start(), m.start() + len(cand)
                if scan.free(a, b):
                    out.append(Mention(a, b, cand, src[0], src[1], "media", "source", scan.sid, "agency"))
                    scan.taken.append((a, b))
                break
    return out


@mention_rule
def organization_names(scan: Scan) -> list[Mention]:
    """ "Russian Oil Company", "Japan Bank for …": a company or body named after
    a state or demonym belongs to that side, unless the lexicon knows the name."""
    lex, out = scan.lex, list(scan.found)
    for m in _ORG_NAME.finditer(scan.text, scan.s0, scan.s1):
        a, b = m.start(), m.end()
        head = m.group(1)
        owner = lex.demonyms.get(head) or (lex.aliases.get(head) or [None])[0]
        if owner is None or any(not (b <= x or a >= y) for x, y in scan.excluded):
            continue
        if any(f.start <= a and f.end >= b for f in out):
            continue  # already a known name ("China National Petroleum Corporation")
        out = [f for f in out if not (a <= f.start < b)]
        out.append(Mention(a, b, m.group(0), m.group(0), owner.side, "organization", "actor", scan.sid,
                           "named", government=getattr(owner, "government", "")))
        scan.taken.append((a, b))
    return out


@mention_rule
def no_likeness(scan: Scan) -> list[Mention]:
    """ "EU-style", "Soviet-type": a likeness, not an actor."""
    return [f for f in scan.found if not _LIKENESS.match(scan.text, f.end)]


@mention_rule
def institutions(scan: Scan) -> list[Mention]:
    """ "Transdniester Supreme Soviet", "Abkhaz parliament": see MentionFinder._institutions."""
    return scan.finder._institutions(scan.found)


@mention_rule
def body_of_state(scan: Scan) -> list[Mention]:
    """ "the Press Office of the Cabinet of the Republic of Japan", "coast guards of the Border
    Service of the Russian Federation": a body named before "of" and
    a state is that state's actor (the ``body`` list of wordlists.csv holds the heads)."""
    out = []
    for mn in scan.found:
        a = _body_start(scan, mn) if mn.source == "state" else None
        if a is None:
            out.append(mn)
            continue
        surface = scan.text[a:mn.end]
        words = set(re.findall(r"[a-z]+", surface[:len(surface) - len(mn.text)].lower()))
        kind = "ministry" if words & scan.finder.words["speaks_for"] else "organization"
        out.append(Mention(a, mn.end, surface, mn.government or mn.actor, mn.side, kind, "actor",
                           scan.sid, "named", government=mn.government))
        scan.taken.append((a, mn.end))
    return out


_OF_STATE = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?)$")
_BODY_WORD = re.compile(r"(?<![\w\-])([A-Za-z][\w\-]*)(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?)?$")


def _body_start(scan: Scan, mn: Mention) -> int | None:
    """Where the body owned by state mention *mn* starts, or None when the words
    before "of" do not end in a body: "citizens of Kyrgyzstan" is no body."""
    text, heads, start = scan.text, scan.finder.words["body"], None
    while True:
        of = _OF_STATE.search(text, max(scan.s0, mn.start - 30), start if start is not None else mn.start)
        if of is None or of.end() != (start if start is not None else mn.start):
            return start
        pos, words = of.start(), []
        while len(words) < 8:  # walk back over the body's name: "Border Service"
            w = _BODY_WORD.search(text, max(scan.s0, pos - 40), pos)
            if w is None or w.group(1).lower() in ("the", "a", "an") or (
                    words and not w.group(1)[0].isupper() and w.group(1).lower() not in heads):
                break
            words.append(w.group(1))
            pos = w.start()
        if not words or words[0].lower() not in heads or not scan.free(pos, of.start()):
            return start
        start = pos


_PREV_NAME = re.compile(r"(?<![\w\-’'.])([A-Z][a-z]{2,})[ \t]+$")


def _another_first_name(lex: Lexicons, text: str, entries, surface: str, a: int) -> bool:
    """A person's surname right after a given name that is not theirs, nor spelt
    like it, names someone else: Spain's "Ana Palacio" is not Ecuador's Alfredo
    Palacio, but "Binyamin Netanyahu" is Benjamin Netanyahu."""
    if " " in surface or entries[0].kind != "person":
        return False
    word = _given_name_before(lex, text, a)
    if word is None:
        return False
    given = [w for e in entries for w in e.actor.split()[:-1]]
    return bool(given) and not any(alike_given_names(word, g, at_least=0.6) for g in given)


def _given_name_before(lex: Lexicons, text: str, a: int) -> str | None:
    """The capitalised word right before text[a:] if it reads as a given name: not
    a title, an opening word, a function word, a name or a demonym the lexicon
    knows ("During Voronin's visit", "Presidents Yeltsin …": none)."""
    prev = _PREV_NAME.search(text, max(0, a - 30), a)
    if prev is None:
        return None
    word, office = prev.group(1), lex.words["office"]
    if word in _NOT_NAMES or word.lower() in office or word.lower()[:-1] in office or word.lower() in stopwords() \
            or word in lex.aliases or word in lex.demonyms:
        return None
    return word


def _titled_given_name_before(lex: Lexicons, text: str, a: int) -> bool:
    """A given name right before text[a:], itself after a title ("Minister
    Alexander Kosovan"; not "Past Egyptian presidents", "Three Greek crewmen")."""
    word = _given_name_before(lex, text, a)
    if word is None:
        return False
    title = re.search(r"([A-Za-z.]+)\s+$", text[max(0, a - len(word) - 30):a - len(word) - 1])
    return title is not None and title.group(1).lower().rstrip(".") in lex.words["office"] | {"mr", "dr"}


def _learnt_surname(finder, entries, surface: str) -> bool:
    """A lone surname of a newcomer named earlier in this article is that
    newcomer, not the lexicon's namesake: "Ivan Popov, a Kazakh customs official
    … Popov added" is not Bulgaria's Dimitur Popov (see ``_known_surname``)."""
    full = finder.people_full.get(surface, "")
    return " " not in surface and entries[0].kind == "person" and full.split()[-1:] == [surface]


#: a short time in office, long before the article: a bare surname then names
#: someone else ("Dinka" in 2012 is not Ethiopia's leader of six weeks in 1991)
_SHORT_TENURE_DAYS, _LONG_GONE_DAYS = 365, 10 * 365


def _long_forgotten(entries, surface: str, when) -> bool:
    """A lone surname of a person who held office for under a year, and more than
    ten years before or after the article's date, is not taken to be them."""
    if " " in surface or when is None or any(e.kind != "person" or not e.offices for e in entries):
        return False
    entry = pick(entries, when)
    tenure = sum(((end or when) - (start or when)).days for _, start, end, *_ in entry.offices)
    return tenure < _SHORT_TENURE_DAYS and entry.score_at(when) > _LONG_GONE_DAYS


@mention_rule
def agents(scan: Scan) -> list[Mention]:
    """Demonym or state + role noun is one actor: "Russian ambassador to Japan"."""
    return scan.finder._agents(scan.found, scan.sid, scan.s0, scan.s1)


@mention_rule
def conjoined_agents(scan: Scan) -> list[Mention]:
    """ "the French and German governments": the role noun serves both."""
    return scan.finder._conjoined_agents(scan.found)


@mention_rule
def new_people(scan: Scan) -> list[Mention]:
    """Names the lexicon does not know, placed by their title or apposition."""
    found = scan.finder._new_people(scan.found, scan.sid, scan.s0, scan.s1, scan.taken)
    _mark_quoted(scan.finder.quotations, found)
    return found


@mention_rule
def unowned_roles(scan: Scan) -> list[Mention]:
    """ "the foreign affairs minister", "the Unification Ministry" (:func:`role_anaphors`)."""
    return scan.found + role_anaphors(scan.finder, scan.sid, scan.s0, scan.s1, scan.taken, scan.found)


_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?$")
_CAPITALISED = re.compile(r"(?<![\w\-])[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}")
_LIKENESS = re.compile(r"-(?:style|type|like)\b")


class _Words(dict):
    """wordlists.csv by list name; a missing list is empty."""

    def __missing__(self, key):
        return frozenset()


class MentionFinder:
    """Finds the mentions of one article, sentence by sentence."""

    def __init__(self, lex: Lexicons, text: str, when=None):
        self.lex = lex
        self.text = text
        self.when = when
        self.compound_re = _compound_re(lex)
        self.people: dict[str, Mention] = {}  # names learnt in this article
        self.people_full: dict[str, str] = {}
        self.named: dict[str, Mention] = {}  # surname -> the person last named in full
        self.named_first: dict[str, Mention] = {}  # first word of a full name -> that person
        self.people_first: dict[str, str] = {}  # first word of a learnt name -> its last word
        self.recent: list[Mention] = []  # the explicit mentions read so far
        self.title_span: tuple[int, int] | None = None  # the header's title, read only if needed
        self._title: list[Mention] | None = None
        self.seen: set[str] = set()        # actors named so far, and their sides
        self.sino = {"Sino": lex.demonyms.get("Chinese"), "Russo": lex.demonyms.get("Russian")}
        # quotations, which may run over several sentences of a paragraph
        self.words = _Words(lex.words)  # wordlists.csv
        self.quotations = [(q.start(), q.end()) for q in QUOTATION.finditer(text)]

    # ------------------------------------------------------------ explicit
    def explicit(self, sid: int, s0: int, s1: int, excluded: list[tuple[int, int]]) -> list[Mention]:
        """Explicit (non-pronoun, non-collective) mentions in text[s0:s1]: the
        mention rules of :data:`MENTION_RULES` in order, each on a :class:`Scan`."""
        scan = Scan(self, sid, s0, s1, list(excluded), list(excluded))
        for fn in MENTION_RULES:
            scan.found = sorted(fn(scan), key=lambda x: x.start)
        found, text = scan.found, self.text
        for i, mn in enumerate(found):
            self._context(mn, s0)
            if mn.kind == "person" and "title" not in mn.extras:
                mn.extras["title"] = text[max(s0, mn.start - 40):mn.start].lower()
            head = found[i - 1] if i else None
            if head is not None and head.after_prep and not mn.after_prep and mn.kind == "person" \
                    and re.fullmatch(r",\s*", text[head.end:mn.start]) and text.startswith(",", mn.end):
                mn.after_prep = head.after_prep  # "talks with his counterpart, X, …": X in apposition
        self.recent = (self.recent + found)[-40:]
        self.seen.update(f.actor for f in found)
        self.seen.update(f.side for f in found if f.role != "place")
        return found

    def _lexicon_name(self, entries, surface: str, a: int, b: int, sid: int) -> Mention:
        """The mention of a lexicon name: the entry in office at the article's date,
        or the person last named in full for a bare surname ("Ilham Aliyev … Aliyev")."""
        entry = pick(entries, self.when)
        named = self.named.get(surface) if " " not in surface else None
        if named is not None and named.actor != entry.actor:
            mn = Mention(a, b, surface, named.actor, named.side, named.kind, "actor", sid,
                         "named", government=named.government)
        else:
            mn = Mention(a, b, surface, entry.actor, entry.side_at(self.when),
                         entry.kind, "actor", sid, _source_of(entry),
                         government=entry.government_at(self.when))
        if entry.kind == "person":
            mn.extras["office"] = entry.office_at(self.when).lower()
        if entry.kind == "person" and " " in surface:
            self.named[surface.split()[-1]] = mn
            self.named_first[surface.split()[0]] = mn  # "Lu Kang … Lu said"
        last = surface.split()[-1]
        if last.islower() and last.endswith("s") and not last.endswith("ss"):
            mn.extras["plural"] = True  # "Abkhaz authorities", "Russian troops"
        return mn

    def _agents(self, found: list[Mention], sid: int, s0: int, s1: int) -> list[Mention]:
        """Demonym/state + role noun → one actor: "Russian ambassador to Japan"."""
        if self.lex.agent_re is None:
            return found
        out: list[Mention] = []
        skip_until = -1
        for i, mn in enumerate(found):
            if mn.start < skip_until:
                continue
            hit = self._agent_hit(mn, s1)
            new = self._agent_mention(mn, hit, found[i + 1:], sid, s1) if hit else None
            if new is not None:
                out.append(new)
                skip_until = new.end
                continue
            out.append(mn)
        return out

    def _agent_hit(self, mn: Mention, s1: int) -> re.Match | None:
        """The role noun right after a demonym, a state or an organisation ("Russian
        ambassador", "Japan's Foreign Ministry"), if any."""
        text = self.text
        direct_org = (mn.kind in ("organization", "state", "government", "place")
                      and mn.source in ("named", "state", "place"))
        possessive = bool(_POSS.match(text[mn.end:mn.end + 3]))
        if not (mn.source in ("demonym",) or (mn.source == "state" and possessive) or direct_org):
            return None
        gaps = ((r"\s+",) if direct_org and mn.source != "demonym" and not possessive
                else (r"(?:’s|'s)?\s+", r"(?:’s|'s)?\s+[a-z][\w\-]*\s+"))
        hit = None
        for gap in gaps:
            mm = re.match(gap, text[mn.end:s1])
            if mm:
                hit = self.lex.agent_re.match(text, mn.end + mm.end(), s1)
                if hit:
                    break
        if hit and possessive and re.match(r"\s+(?:to|for|of)\b", text[hit.end():hit.end() + 5]):
            return None  # "Russia's strong opposition to …" is a stance, not a body
        return hit

    def _agent_mention(self, mn: Mention, hit: re.Match, later: list[Mention], sid: int,
                       s1: int) -> Mention | None:
        """The one actor of a demonym or state and its role noun; None when the
        lexicon lacks the noun or a person's name follows it ("Russian envoy X")."""
        lex, text = self.lex, self.text
        key = hit.group(0).lower()
        info = lex.agents.get(key) or lex.agents.get(key[:-1]) or lex.agents.get(key[:-2])
        if not info or any(f.start < hit.end() + 3 and f.kind == "person" for f in later[:1]):
            return None
        kind, template = info
        d = lex.demonyms.get(mn.text) or self._demonym_of(mn.side)
        demonym = d.word if d else mn.side
        government = mn.government or (d.government if d else f"{mn.side} government")
        canonical = (template.replace("{demonym}", demonym).replace("{side}", mn.side)
                     .replace("{government}", government))
        known = lex.aliases.get(canonical)
        if known:
            canonical = known[0].actor
        end = hit.end()
        # "ambassador to Japan": keep the posting with the actor
        post = re.match(r"\s+(?:to|in)\s+(?:the\s+)?", text[end:s1])
        if post and key.startswith(("ambassador", "envoy", "representative")):
            nxt = [f for f in later if f.start == end + post.end()]
            if nxt:
                canonical = f"{canonical} {text[end:nxt[0].end].strip()}"
                end = nxt[0].end
        new = Mention(mn.start, end, text[mn.start:end], canonical, mn.side,
                      "government" if kind == "place" else kind, "actor", sid,
                      "place" if kind == "place" else "agent", government=government)
        if kind == "place":
            new.actor = text[mn.start:end]
        new.extras["plural"] = key.endswith("s") or kind == "collective"
        return new

    def _conjoined_agents(self, found: list[Mention]) -> list[Mention]:
        """ "the French and German governments": the role noun serves both."""
        out = list(found)
        for i, mn in enumerate(found[:-1]):
            nxt = found[i + 1]
            if (mn.source == "demonym" and nxt.source == "agent"
                    and re.fullmatch(r"\s+and\s+", self.text[mn.end:nxt.start])):
                d_next = self.lex.demonyms.get(nxt.text.split()[0])
                agent_words = nxt.text[len(d_next.word):].strip() if d_next else ""
                if agent_words:
                    actor = nxt.actor.replace(d_next.word, mn.text, 1) if d_next.word in nxt.actor else mn.actor
                    out[i] = Mention(mn.start, mn.end, mn.text, actor, mn.side, nxt.kind, "actor",
                                     mn.sentence, "agent", government=mn.government,
                                     extras=dict(nxt.extras))
        return out

    def _new_people(self, found, sid, s0, s1, taken) -> list[Mention]:
        """Names the lexicon does not know, placed by their title or apposition:
        "Gazprom chief Rem Vyakhirev", "Yuri Koptev, the head of the Russian
        Space Agency", "Carey Cavanaugh, the U.S. co-chair"; a lone surname is the
        person learnt or named before ("Mr Brown", "Koptev said")."""
        new = []
        for m in _NAME.finditer(self.text, s0, s1):
            a, b = self._after_office(m.start(), m.end(), found)
            if a >= b or any(not (b <= x or a >= y) for x, y in taken) or any(
                    not (b <= f.start or a >= f.end) for f in found):
                continue
            name = self._name_span(a, b, self.text[a:b].split(), s0)
            if name is None:
                continue
            a, b, words = name
            m_text = self.text[a:b]
            if not _TWO_WORDS.match(m_text):  # one word: only a surname learnt earlier
                mn = self._known_surname(a, b, m_text, sid, s0)
                spelled = self._spelled_like(words) if mn is None else None
                if spelled is not None:
                    mn = self._lexicon_name((spelled,), m_text, a, b, sid)
                if mn is not None:
                    new.append(mn)
                continue
            known = self.lex.official(m_text, self.when) or self._spelled_like(words)
            if known is not None:
                new.append(self._lexicon_name((known,), m_text, a, b, sid))
                continue
            side = self._newcomer_side(found, a, b, m_text, s0)
            if side is None:
                continue
            new.append(Mention(a, b, m_text, m_text, side.side, "person", "actor", sid, "named",
                               government=side.government))
            self._learn(m_text, words, side)
        return sorted(found + new, key=lambda x: x.start) if new else found

    def _spelled_like(self, words: list[str]):
        """The lexicon's person a name the lexicon lacks is a transliteration of
        ("Niazov" for Niyazov); for a full name its first name must be close too."""
        if len(words) > 2 or words[-1] in self.people:
            return None
        entry = self.lex.spelled_like(words[-1], self.when)
        if entry is None or len(words) == 1:
            return entry
        return entry if alike_given_names(entry.actor.split()[0], words[0]) else None

    def _after_office(self, a: int, b: int, found: list[Mention]) -> tuple[int, int]:
        """The part of a run of capitalised words after an office or demonym of a side
        that opens it: "Japanese Foreign Minister Taro Yamanouchi" → "Taro Yamanouchi",
        "Russian Energy Minister Igor Petrov" → "Energy Minister Igor Petrov"."""
        office = [f for f in found if f.start == a and f.end < b and (
            f.source in ("agent", "demonym") or self.text.startswith(("’s", "'s"), f.end)
            or self._office_of(f))]
        if not office:
            return a, b
        a = office[0].end
        if self.text.startswith(("’s", "'s"), a):  # "Ukraine’s First Deputy Foreign Minister X"
            a += 2
        while a < b and self.text[a].isspace():
            a += 1
        return a, b

    def _office_of(self, f: Mention) -> bool:
        """A state named after an office and "of": "Deputy Defence Minister of Armenia X"."""
        before = _OF_BEFORE.search(self.text, max(0, f.start - 30), f.start)
        return f.source == "state" and before is not None and before.group(1).lower() in self.words["office"]

    def _name_span(self, a: int, b: int, words: list[str], s0: int):
        """(start, end, words) of the person's name in a run of capitalised words,
        without "'s", an honorific or the office before it; None if not a name."""
        text = self.text
        if text[b - 2:b] in ("'s", "’s") and len(words[-1]) > 3:  # "Mr Kabila's government"
            b -= 2
            words[-1] = words[-1][:-2]
        while len(words) > 1 and words[0] in _NOT_NAMES:  # "But Mr Asmerom said"
            a = self._skip_words(a, words[:1])
            words = words[1:]
        if words[0] in ("Mr", "Mrs", "Ms", "Dr") and len(words) > 1:  # "Mr Brown": the name is Brown
            a = self._skip_words(a, words[:1])
            words = words[1:]
        if set(_prev_words(text, a, 1, s0)) & (LOCATIVE - {"from"}):
            return None  # "talks in New York": a place the lexicon does not know, not a person
        offices = self.lex.words.get("office", frozenset())
        titled = [i for i, w in enumerate(words) if w[0].isupper() and w.lower() in offices]
        if titled:  # "Energy Minister Aleksandr Gavrin": the name follows the office
            cut = titled[-1] + 1
            if len(words) - cut < 2:
                return None
            a = self._skip_words(a, words[:cut])
            words = words[cut:]
        if words[0] in _NOT_NAMES or words[-1] in _NOT_NAMES:
            return None
        return a, b, words

    def _skip_words(self, a: int, words: list[str]) -> int:
        a += len(" ".join(words)) + 1
        while self.text[a].isspace():
            a += 1
        return a

    def _known_surname(self, a: int, b: int, m_text: str, sid: int, s0: int) -> Mention | None:
        """A lone name: the person learnt in this article ("Koptev said"), or named in
        full before ("Gordon Brown … Mr Brown", "Zhang Mingqing … Mr. Zhang")."""
        if m_text not in self.people and _HONORIFIC.search(self.text, max(s0, a - 6), a) \
                and m_text in self.people_first:
            m_text = self.people_first[m_text]  # "Zhang Mingqing … Mr. Zhang": surname first
        ref = self.named.get(m_text) or self.named_first.get(m_text)
        if m_text not in self.people and ref is not None:
            return Mention(a, b, m_text, ref.actor, ref.side, ref.kind, "actor", sid, "named",
                           government=ref.government)
        if m_text in self.people:
            side = self.people[m_text]
            return Mention(a, b, m_text, self.people_full.get(m_text, m_text), side.side, "person",
                           "actor", sid, "named", government=side.government)
        return None

    def _newcomer_side(self, found, a: int, b: int, m_text: str, s0: int) -> Mention | None:
        """The mention whose side a newcomer takes: the side right before its title
        words, or after it in apposition, or the side of its office (see below)."""
        text = self.text
        before = [f for f in found if f.end <= a and f.role not in ("place", "source")
                  and not text.startswith("-", f.end)]  # "the London-based negotiator X": not Britain's
        if before:
            last = max(before, key=lambda f: f.end)
            gap = text[last.end:a]
            sender = self._sender(last, before, s0) if re.fullmatch(r"\s+", gap) else None
            if sender is not None:
                return sender  # "Yemen's ambassador to the UN X": Yemen's
            if (last.kind != "person" and _TITLE_GAP.fullmatch(gap)) or (
                    last.source == "agent" and re.fullmatch(r",?\s+", gap)):
                return last  # "Gazprom chief X", "Japanese Foreign Minister X", "Croatian President, X,"
            owned = _OWNED_OFFICE.fullmatch(gap)
            if owned and last.kind != "person" and owned.group(1).lower() in self.lex.words.get("office", ()):
                return last  # "the LTTE's London-based chief negotiator, X"
        after = [f for f in found if f.start >= b and f.role not in ("place", "source")]
        if after:  # ", the head of the Russian Space Agency"
            first = min(after, key=lambda f: f.start)
            gap = text[b:first.start]
            office = _OFFICE_APPOSED.fullmatch(gap)
            # ", director of the Russian …": an office of the wordlist, no article; ", the
            # Russian President's special envoy": a person's, possessed
            if (first.kind != "person" or _POSS.match(text[first.end:first.end + 3])) and (
                    _APPOSITION.fullmatch(gap) or office and office.group(1).lower() in self.lex.words.get("office", ())):
                return first
        if m_text in self.people:
            return self.people[m_text]
        office = self.lex.office_before
        held = office.search(text, max(s0, a - 40), a) if office is not None else None
        if not held:
            return None
        # "Energy Minister Aleksandr Gavrin": an office with no country named; the body
        # named before ("the Russian Central Bank … Central Bank chairman X"), else the
        # side the text has been about ("sharp words for governor X": someone the
        # sentence's subject addresses is not on its side, so only the sides read before count)
        addressed = bool(set(_prev_words(text, held.start(), 3, s0)) & PREPOSITIONS)
        # "…, presidential spokesman X said": the names before are what X said, not X's side
        speaker_after = bool(_AFTER_CONTENT.search(text, max(s0, held.start() - 30), held.start())) \
            and _speaks(self.lex, text, b, b)
        # "spokesman X said China has moved …": not a side X speaks of
        spoken = {f.side for f in found if f.start >= b} if _speaks(self.lex, text, b, b) else set()
        return (self._named_body(found, text[max(s0, a - 40):held.start()])
                or self._office_owner(held.group(0).split()[-1], found, a)
                or (self._recent_side(found, a) if addressed
                    else topic_side(self.recent, found, a, agent=speaker_after, exclude=spoken))
                or next(iter(self.title_actors()), None))  # "Foreign Minister X" opening the text

    def _sender(self, posting: Mention, before: list[Mention], s0: int) -> Mention | None:
        """Who sends an envoy to *posting* ("Yemen's ambassador to the UN", "the
        Russian envoy to NATO"): the body or demonym right before the office; None
        if *posting* is not where an office holder is posted."""
        text = self.text
        m = _POSTED_TO.search(text, max(s0, posting.start - 40), posting.start)
        if m is None or m.group(1).lower() not in self.lex.words.get("office", ()):
            return None
        owners = [f for f in before if f.end <= m.start(1) and f.kind != "person"]
        if not owners:
            return None
        owner = max(owners, key=lambda f: f.end)
        return owner if re.fullmatch(r"(?:’s|'s)?\s+(?:[a-z\-]+\s+){0,2}", text[owner.end:m.start(1)]) else None

    def title_actors(self) -> list[Mention]:
        """The actors the header's title names ("Japan denies …"): what the text is about
        before its first sentence names anyone; no mentions of the body. Read on first need."""
        return [m for m in self._title_mentions() if m.role == "actor"]

    def title_sides(self) -> frozenset:
        """The sides the header's title names, as actor or target ("Border pact for
        Peru and Ecuador")."""
        return frozenset(m.side for m in self._title_mentions() if m.role != "place")

    def _title_mentions(self) -> list[Mention]:
        if self._title is None:
            a, b = self.title_span or (0, 0)
            found = MentionFinder(self.lex, self.text, self.when).explicit(0, a, b, []) if b > a else []
            self._title = [m for m in found if m.role != "source" and m.side and m.kind != "media"]
        return self._title

    def _office_owner(self, office: str, found: list[Mention], pos: int) -> Mention | None:
        """The side whose office the text named before without a name: "Lebanon's
        parliament speaker … Speaker Nabih Berri", "the Egyptian spokesman …
        Spokesman X" (the latest such mention before *pos*)."""
        after = re.compile(r"(?:’s|'s)?\s+(?:[\w\-]+\s+){0,2}?" + re.escape(office.lower()) + r"\b", re.I)
        owners = [f for f in self.recent + [f for f in found if f.end <= pos]
                  if f.side and f.role not in ("place", "source") and f.kind != "person"
                  and after.match(self.text, f.end, min(f.end + 40, pos))]
        return owners[-1] if owners else None

    def _learn(self, m_text: str, words: list[str], side: Mention) -> None:
        """Remember a newcomer for later sentences: "Koptev said", "Lu said", "Mr. Zhang"."""
        self.people[m_text] = side
        self.people[words[-1]] = side
        if len(words) == 2:  # family name first: "Lu Kang … Lu said"
            self.people.setdefault(words[0], side)
            self.people_full.setdefault(words[0], m_text)
        self.people_full[words[-1]] = m_text
        self.people_first.setdefault(words[0], words[-1])

    def _named_body(self, found, before: str):
        """The mention a body's name before an office refers back to: "Central Bank"
        in "Central Bank chairman X" is "the Russian Central Bank" named before,
        "Interim government spokesman X" is "Kyrgyzstan's interim government"."""
        body = re.search(r"((?:[A-Z][\w\-]+\s+)*[A-Z][\w\-]+(?:\s+[a-z]+)?)\s*$", before)
        if not body:
            return None
        name = body.group(1).lower()
        return _last(self.recent + found, lambda f: f.side and f.text.lower().endswith(name)
                     and len(f.text) > len(name) and f.role not in ("place", "source"))

    def _recent_side(self, found, pos):
        recent = [f for f in self.recent + [f for f in found if f.end <= pos]
                  if f.role not in ("place", "source") and f.side and f.kind != "media"][-8:]
        if not recent:
            return None
        counts: dict[str, int] = {}
        for f in recent:
            counts[f.side] = counts.get(f.side, 0) + 1
        best = max(counts.values())
        return next(f for f in reversed(recent) if counts[f.side] == best)

    def _institutions(self, found: list[Mention]) -> list[Mention]:
        """ "Transdniester Supreme Soviet", "Abkhaz parliament": a state or demonym
        right before an institution of another side makes it that polity's own."""
        out: list[Mention] = []
        for mn in found:
            prev = out[-1] if out else None
            if (prev is not None and prev.source in ("state", "demonym") and not prev.possessive
                    and mn.kind in ("organization", "government", "ministry") and mn.side != prev.side
                    and mn.source == "named" and re.fullmatch(r"\s+", self.text[prev.end:mn.start])):
                out[-1] = Mention(prev.start, mn.end, self.text[prev.start:mn.end],
                                  self.text[prev.start:mn.end], prev.side, mn.kind, "actor",
                                  mn.sentence, "named", government=prev.government)
                continue
            out.append(mn)
        return out

    def _demonym_of(self, side: str):
        for d in self.lex.demonyms.values():
            if d.side == side:
                return d
        return None

    def _context(self, mn: Mention, s0: int) -> None:
        """Role, kind and actor of an explicit mention from its neighbours: the
        preposition before it (:meth:`_preposition`), then what kind of place or
        party the words around it make it."""
        text, W = self.text, self.words
        prev = _prev_words(text, mn.start, 9, s0)
        before = text[s0:mn.start]
        if _POSS.match(text[mn.end:mn.end + 3]):
            mn.possessive = True
        self._preposition(mn, prev, before)
        if mn.source == "agency":
            return
        if prev and prev[-1] in ("than", "unlike"):
            mn.role = "place"  # "smaller than Italy's": a yardstick, not a party
            return
        if mn.after_prep in ("in", "at", "of", "from") and len(prev) >= 2 and prev[-2] in W["people"] \
                and mn.source not in ("place", "state"):
            mn.after_prep = ""  # "officials in the Russian Defense Ministry" speak for it
        elif mn.after_prep == "of" and len(prev) >= 3 and prev[-1] == "the" and prev[-2] == "of" \
                and prev[-3] in W["office"] and mn.source not in ("place", "state"):
            mn.after_prep = ""  # "the head of the Russian Pacific Fleet's forces" acts for it
        elif mn.after_prep == "of" and len(prev) >= 3 and prev[-2] == "of" and prev[-3] in W["office"] \
                and mn.kind == "person":
            mn.after_prep = ""  # "Deputy Defence Minister of Armenia X": X holds the office
        elif mn.after_prep == "of" and len(prev) >= 2 and prev[-2] == "republic":
            mn.after_prep = ""  # "the self-proclaimed republic of X": the polity itself
        if mn.kind in ("organization",) and text[mn.end:mn.end + 1] != "-" and \
                ARENA.search(before[-40:] or "") and \
                re.search(r"(?:" + ARENA.pattern + r")\s+(?:the\s+)?(?:permanent\s+)?$", before, re.I):
            mn.role = "place"  # "a seat on the Security Council": an arena
            return
        if mn.source == "demonym" and not mn.extras.get("pair") and (
                _next_word(text, mn.end) in W["frontier"] or prev[-1:] == ["former"]):
            mn.role = "place"  # "the Russian border", "the former Soviet republic of X": no actor
            mn.kind = "place"
            return
        if mn.source in ("place", "state"):
            self._place_or_government(mn, prev, s0)
            return
        if mn.after_prep and mn.after_prep != "by" and not mn.possessive:
            mn.role = "target"

    def _preposition(self, mn: Mention, prev: list[str], before: str) -> None:
        """The preposition governing *mn*, if any ("talks with Russian Foreign Minister
        Igor Ivanov" counts past the titles; "after Nazarbaev agreed" is a conjunction)."""
        # past "the" (or "his": "a meeting with his Turkish opposite number") and up to two place
        # adjectives: "in neighbouring southern Sudan"
        k = len(prev) - 1
        while k > 0 and len(prev) - k <= 3 and (prev[k] in _DETERMINERS or prev[k] in self.words["place_adjective"]):
            k -= 1
        p1 = prev[k] if prev else ""
        holders = prev[k - 1] if k >= 1 else ""
        if p1 == "of" and holders.endswith("s") and (holders[:-1] in self.words["office"] or holders in self.words["people"]):
            p1 = ""  # "the foreign ministers of Peru and Ecuador met": the side's people act
        if p1 in PREPOSITIONS:
            mn.after_prep = p1
            if p1 in ("after", "before", "since", "until") and VERBISH.match(self.text, mn.end):
                mn.after_prep = ""
        if not mn.after_prep and mn.kind == "person":
            t = re.search(r"\b([a-z]+)\s+(?:the\s+)?(?:[A-Z][\w\-’'.]*\s+){1,5}$", before)
            if t and t.group(1) in PREPOSITIONS:
                mn.after_prep = t.group(1)
        if len(prev) >= 2 and prev[-2:] == ["out", "of"]:
            mn.after_prep = "out of"

    def _place_or_government(self, mn: Mention, prev: list[str], s0: int) -> None:
        """A state or city is a place ("talks in Moscow", "a visit to Tokyo", "the
        Moscow summit"), or its government: owning something ("Moscow's proposal"),
        as people there ("officials in Moscow") or as a metonym ("Moscow insisted")."""
        text, W = self.text, self.words
        if mn.possessive:
            self._govern(mn, "actor")
            return
        if mn.after_prep == "from" and len(prev) >= 2 and prev[-1] == "from" and (
                prev[-2] in W["speaks_for"] or prev[-2] in W["people"]):
            mn.after_prep = ""  # "the statement from Ankara", "officials from Moscow": its government
            self._govern(mn, "actor")
            return
        audience = any(w in self.lex.audience for w in prev)
        locative = mn.after_prep in LOCATIVE or mn.after_prep == "out of"
        # "NATO officials in Brussels": officials someone already owns stay where they are
        owned = bool(re.search(r"[A-Z][\w.\-]*\s+\w+\s+\w+\s*$", text[max(s0, mn.start - 40):mn.start]))
        people = len(prev) >= 2 and prev[-2] in W["people"]
        audience = audience and not (owned and people)
        motion = ((mn.after_prep == "to" and len(prev) >= 2 and prev[-2] in W["motion"])
                  or (not mn.after_prep and prev and prev[-1] in W["motion_object"]))
        nxt = _next_word(text, mn.end)
        if text.startswith("-", mn.end):
            hyphened = _next_word(text, mn.end + 1)  # "London-based": where someone sits
            nxt = hyphened if hyphened in W["place_noun"] else nxt
        modifier = (mn.source == "place" and nxt in W["place_noun"]) or nxt in W["topic_noun"]
        if (locative and not audience) or motion or modifier:
            mn.role = "place"
            mn.kind = "place"
            return
        if locative and audience and people and not owned:
            mn.after_prep = ""  # "officials in Moscow": the government's people, who can act
            self._govern(mn, "actor")
            return
        acting = not mn.after_prep or mn.after_prep == "by"
        if mn.source == "place" or acting:
            self._govern(mn, "actor" if acting else "target")
        else:
            mn.role = "target"

    @staticmethod
    def _govern(mn: Mention, role: str) -> None:
        """*mn* stands for its government, in *role*."""
        if mn.government:
            mn.actor = mn.government
        mn.kind = "government"
        mn.role = role

#: a name: capitalised words, with an initial ("George W. Bush") or a lower-case
#: particle ("Hossam el-Emam", "Ahmed bin Saleh", "Ursula von der Leyen")
_PARTICLE = r"(?:(?:el|al|ad|as|bin|ibn|abu|de|del|da|dos|du|van|von|der|di|le|la)[\-\s]+){0,2}"
#: a capitalised word of a name, one inner capital allowed ("McFaul", "O'Neill")
_NAME_WORD = r"[A-Z][a-z’'\-]+(?:[A-Z][a-z’'\-]+)?"
_NAME = re.compile(r"(?<![\w\-.])(?:" + _NAME_WORD + r"(?:\s+[A-Z]\.)?(?:\s+" + _PARTICLE + _NAME_WORD + r"){1,6}"
                   r"|" + _NAME_WORD + r")(?![\w\-])")
_ORG_NAME = re.compile(r"(?<![\w\-])(?!(?:The|A|An)\b)([A-Z][\w.]+)((?:\s+[A-Z][\w\-]+){1,4}\s+(?:Corporation|Company|"
                       r"Bank|Agency|Committee|Party|Fund|Concern|Service|Authority|Inspectorate))\b")
#: a finite verb next: "after Nazarbaev agreed" (a conjunction), "said Tokyo must wait" (not the speaker)
VERBISH = re.compile(r"(?:’s|'s)?\s+(?:\w+ed|has|had|have|was|were|is|are|will|would|could|may|might|must|should|do|"
                      r"can|did|does|agrees|accepts|rejects|says|insists)\b")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$")
_TWO_WORDS = re.compile(r"\S+\s+\S+")
_NOT_NAMES = frozenset("""The A An In On At For But And Of To By With From This That These Those It He She
They We Its Their His Her Since After Before While When Although Though However Meanwhile Moreover
Indeed Yet Still Even Despite Under Over Some Many Few Most Several Both Each Either Neither Not No
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday President Minister Prime Foreign Defense
Secretary General Deputy Chairman Speaker Mayor Governor Ambassador Parliament Government Ministry
Council Union Treaty Agency State Republic Federation Army Navy Committee Commission Fund Bank
Sea Fleet Islands Island Gorge Region Strait Cold War Soviet Communist Communists Western Eastern
Northern Southern Central National International European American Russian Presidential
According Reports Under Following""".split())
#: between a side and a newcomer: " chief ", " Foreign Minister ", " peace envoy ": up to four
#: words of letters, whatever they are. (A list of title words here was case-blind, so any such
#: word passed; holding it to title words cost 0.02-0.04 stance F1 on two blind batches.)
_TITLE_GAP = re.compile(r"\s+(?:(?:[A-Za-z]{2,}|co-chair|chief\s+of\s+staff)\s+){0,4}")
#: between a side and a newcomer: its office, possessed ("'s chief peace negotiator, ")
_OWNED_OFFICE = re.compile(r"[’']s\s+(?:[\w\-]+\s+){0,3}?([\w\-]+),?\s+")
_APPOSITION = re.compile(r",\s+(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){0,4}?(?:of|at|in|for)?\s*(?:the\s+)?|"
                         r",\s+(?:the|a|an)\s+")
#: possessive determiners: "talks with his Belarusian counterpart" names the counterpart
POSSESSIVES = frozenset(("his", "her", "its", "their", "our", "my"))
_DETERMINERS = POSSESSIVES | {"the"}
#: ", director of the …", ", aide to the Russian president": an office (checked against the
#: wordlist) with no article
_OFFICE_APPOSED = re.compile(r",\s+(?:[a-z\-]+\s+)?([a-z\-]+)\s+(?:to|of|for|at)\s+(?:the\s+)?")
_COMPOUND: dict[int, re.Pattern] = {}


def _compound_re(lex: Lexicons) -> re.Pattern:
    """Hyphenated pairs: demonyms and one-word names of states and
    organisations ("NATO-Russia", "Russia-Belarus union", "U.S.-Japanese")."""
    key = id(lex)
    if key not in _COMPOUND:
        from .lexicons import _trie
        words = set(lex.demonyms) | {"Sino", "Russo"}
        for alias, entries in lex.aliases.items():
            e = entries[0]
            if (len(entries) == 1 and " " not in alias and "-" not in alias
                    and e.kind in ("state", "organization", "government")):
                words.add(alias)
        part = "(?:" + _trie(words) + ")"
        _COMPOUND[key] = re.compile(r"(?<![\w\-])(" + part + r"(?:-" + part + r")+)(?![\w])")
    return _COMPOUND[key]


def _source_of(entry: Entry) -> str:
    if entry.kind == "place":
        return "place"
    if entry.kind == "state":
        return "state"
    return "named"


def _prefixes(phrase: str) -> list[str]:
    words = phrase.split()
    return [" ".join(words[:k]) for k in range(len(words), 0, -1)]


# ------------------------------------------------------------ article level

_WEIGHT = {"person": 2.0, "government": 1.5, "ministry": 1.5}
#: what being named in the title adds to a side's weight: two acting mentions
TITLE_WEIGHT = 3.0


def main_sides(mentions: list[Mention], n: int = 2, *, keep=lambda m: True,
               titled: frozenset = frozenset()) -> list[str]:
    """The article's main sides ("the two sides"): the sides whose people and
    governments act most; being named as a target counts half, and a side the
    title names (*titled*) counts two acting mentions more ("Peru and Ecuador sign border pact")."""
    counts: dict[str, float] = {}
    first: dict[str, int] = {}
    for mn in mentions:
        if mn.role in ("place", "source") or not mn.side or not keep(mn):
            continue
        w = _WEIGHT.get(mn.kind, 1.0) * (1.0 if mn.role == "actor" else 0.5)
        if mn.side in titled and mn.side not in first:
            w += TITLE_WEIGHT
        counts[mn.side] = counts.get(mn.side, 0) + w
        first.setdefault(mn.side, mn.start)
    order = sorted(counts, key=lambda s: (-counts[s], first[s]))
    return order[:n]


def in_context(lex: Lexicons, mentions: list[Mention]) -> None:
    """Demonyms whose side depends on what the article is about
    (demonym_contexts.csv): in an article about Cyprus, "Greek and Turkish
    leaders" are the island's two communities. Named states keep their side."""
    if not lex.demonym_contexts:
        return
    main = set(main_sides(mentions, 3))
    for row in lex.demonym_contexts:
        if row["context"] not in main:
            continue
        for m in mentions:
            if m.side == row["side"] and m.source in ("demonym", "plural", "agent"):
                m.side, m.government = row["new_side"], row.get("new_government", "")
                if m.kind == "government":
                    m.actor = m.government


def group_sides(lex: Lexicons, mentions: list[Mention], titled: frozenset = frozenset()) -> dict[str, list[str]]:
    """What "the two sides" (both), "the two countries" (states), "the two
    leaders" (leaders) and "the separatist authorities" (breakaway) name in this
    article; *titled*: the sides its title names."""
    both = main_sides(mentions, titled=titled)
    # a frozen conflict: the breakaway region and the state it broke from are
    # "the two sides" when both are among the three main ones, whoever mediates
    top3 = main_sides(mentions, 3, titled=titled)
    for side in top3:
        parent = lex.parents.get(side)
        if parent in top3:
            both = [parent, side]
            break
    states = main_sides(mentions, keep=lambda m: m.side not in lex.breakaway
                        and m.side not in lex.organizations, titled=titled) or both
    leaders = main_sides(mentions, keep=lambda m: m.kind == "person") or both
    # "the separatist authorities": the breakaway polity the article is about, if any
    breakaway = main_sides(mentions, 1, keep=lambda m: m.side in lex.breakaway)
    return {"both": both, "states": states, "leaders": leaders, "breakaway": breakaway}


def collectives(lex: Lexicons, text: str, sid: int, s0: int, s1: int,
                sides: dict[str, list[str]], excluded, recent: list[Mention] = ()) -> list[Mention]:
    """ "the two sides", "both leaders", "the Baltic states": one mention per side
    meant. "The two presidents" are the last two leaders of different sides named in
    this sentence or the two before ("Presidents Kocharian and Aliev … The two
    presidents met"), else the article's main leaders."""
    out = []
    named = _last_two_sides([m for m in recent if m.kind == "person" and m.side
                             and m.role not in ("place", "source") and m.start < s1])
    if lex.collective_re is None:
        return out
    for m in lex.collective_re.finditer(text, s0, s1):
        a, b = m.start(), m.end()
        if any(not (b <= x or a >= y) for x, y in excluded) or _of_named(text, b, excluded):
            continue
        prev = _prev_words(text, a, 1)
        meaning = lex.collectives.get(" ".join(m.group(0).lower().split()), "both")
        group = sides.get(meaning, [x.strip() for x in meaning.split(";") if x.strip()] if meaning != "breakaway"
                          else [])
        if meaning == "leaders" and len(named) == 2:
            group = named
        for side in group:
            mn = Mention(a, b, m.group(0), side, side, "collective",
                         "target" if prev and prev[-1] in PREPOSITIONS - {"by"} else "actor",
                         sid, "collective", reciprocal=len(group) > 1)
            out.append(mn)
    return out + numbered_groups(lex, text, sid, s0, s1, excluded, recent)


_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def _of_name(text: str, b: int) -> bool:
    """Whether "of" and a capitalised name follow *b*: "the Congress of Russian Communities"."""
    m = _OF.match(text, b)
    return m is not None and text[m.end():m.end() + 1].isupper()


def _of_named(text: str, b: int, named) -> bool:
    """Whether a collective is followed by "of" and a name, which says whose they
    are: "the foreign ministers of Armenia, Azerbaijan and Georgia"."""
    m = _OF.match(text, b)
    return m is not None and any(x == m.end() for x, _ in named)


#: "the four countries", "the three-nation bloc": a number of sides named before
_NUMBERED = re.compile(r"\b[Tt]he\s+(three|four|five|six|seven|eight|nine|ten)"
                       r"(?:-(?:nation|country|state|member)\s+|\s+(?:[A-Z][a-z]+\s+)?)([a-z]+)\b")
_COUNT = {w: n for n, w in enumerate("three four five six seven eight nine ten".split(), 3)}
#: between two members of a list of sides: "Kenya, the Democratic Republic of the Congo (DRC), Uganda and Rwanda"
LIST_SEP = re.compile(r"\s*\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
#: between a name and its abbreviation in brackets: "the Democratic Republic of the Congo (DRC)"
BRACKETED = re.compile(r"\s*\(\s*")


def numbered_groups(lex: Lexicons, text: str, sid: int, s0: int, s1: int, excluded,
                    recent: list[Mention]) -> list[Mention]:
    """ "the four states", "the three-nation group" (a group noun of wordlists.csv):
    one mention per side of the last list that named that many sides ("Argentina,
    Brazil, Uruguay and Paraguay … the four states"), in this sentence or the two before."""
    out = []
    for m in _NUMBERED.finditer(text, s0, s1):
        a, b = m.start(), m.end()
        if m.group(2) not in lex.words.get("group_noun", ()) or any(not (b <= x or a >= y) for x, y in excluded):
            continue
        group = _last_list(text, [f for f in recent if f.end <= a], _COUNT[m.group(1)])
        prev = _prev_words(text, a, 1)
        out += [Mention(a, b, m.group(0), side, side, "collective",
                        "target" if prev and prev[-1] in PREPOSITIONS - {"by"} else "actor", sid, "collective")
                for side in group]
    return out


def _last_list(text: str, mentions: list[Mention], n: int) -> list[str]:
    """The sides of the last run of mentions joined by commas and "and" that names
    exactly *n* sides ("the Democratic Republic of the Congo (DRC)" is one member)."""
    runs: list[list[Mention]] = []
    for f in sorted((f for f in mentions if f.side and f.role not in ("place", "source")), key=lambda f: f.start):
        last = runs[-1][-1] if runs else None
        if last is not None and f.side == last.side and BRACKETED.fullmatch(text, last.end, f.start):
            runs[-1][-1] = f  # the abbreviation in brackets after the name
        elif last is not None and f.start >= last.end and LIST_SEP.fullmatch(text, last.end, f.start):
            runs[-1].append(f)
        else:
            runs.append([f])
    for run in reversed(runs):
        sides = list(dict.fromkeys(f.side for f in run))
        if len(sides) == n:
            return sides
    return []


def _mark_quoted(quotations: list[tuple[int, int]], found: list[Mention]) -> None:
    """Flag the mentions inside a quotation."""
    for mn in found:
        if any(a <= mn.start < b for a, b in quotations):
            mn.extras["quoted"] = True


def role_anaphors(finder: MentionFinder, sid: int, s0: int, s1: int, taken, found) -> list[Mention]:
    """ "the foreign minister said", "The spokesman added", "the Defence Ministry
    said": an office or body with no country named. It is the person last
    named with that office ("Foreign Minister Igor Ivanov"); a body or spokesman
    that no one holds speaks for the side the text is about (see :func:`topic_side`)."""
    lex, text = finder.lex, finder.text
    if lex.role_anaphor is None:
        return []
    out = []
    for m in lex.role_anaphor.finditer(text, s0, s1):
        a, b = m.start(), m.end()
        if any(not (b <= x or a >= y) for x, y in taken) or any(
                not (b <= f.start or a >= f.end) for f in found):
            continue
        role = m.group(1).lower().split()
        holder = _holder(finder.recent + found, role, a)
        if holder is None and role == role[-1:] and role[0] in lex.words.get("person_anaphor", ()):
            holder = _last_person(finder.recent + found, a)  # "the diplomat pointed out"
            if holder is not None and _introduced_since(text, role[0], max(0, a - 400), a):
                holder = None  # "…,” a ministry official said. … the official added": that one
        if holder is not None:
            out.append(Mention(a, b, m.group(0), holder.actor, holder.side, "person", "actor", sid,
                               "anaphor", government=holder.government))
            continue
        spokes = " ".join(role[-2:]) in lex.words.get("speaks_for", ()) or role[-1] in lex.words.get(
            "speaks_for", ())
        if role[-1] in lex.words.get("document", ()):
            ref = _issuer(finder.recent + found + out, a) if _speaks(lex, text, a, b) else None
            if ref is not None:
                out.append(Mention(a, b, m.group(0), ref.actor, ref.side, ref.kind, "actor", sid, "anaphor",
                                   government=ref.government))
            continue
        ref = (_same_body(finder.recent + out, role) or topic_side(
            finder.recent, found, a, agent=bool(_BY_BEFORE.search(text, max(s0, a - 6), a)))) if spokes else None
        if ref is not None:
            kind = "person" if role[-1].startswith("spokes") else "ministry"
            out.append(Mention(a, b, m.group(0), f"{ref.side} {' '.join(role)}", ref.side, kind, "actor",
                               sid, "anaphor", government=ref.government))
    return out


def _holder(mentions: list[Mention], role: list[str], pos: int) -> Mention | None:
    """The person last named with *role* in their title ("Foreign Minister X" for
    "the foreign affairs minister"): the head word and its qualifiers must appear."""
    head, quals = role[-1], set(role[:-1]) - {"affairs"}
    for x in reversed([x for x in mentions if x.start < pos and x.kind == "person" and x.side]):
        title = re.findall(r"[a-z]+", x.extras.get("title", ""))[-3:]  # the words right before the name
        office = re.findall(r"[a-z]+", x.extras.get("office", ""))
        for words in (title, office):
            if words and head in words[-3:] and quals <= set(words) and "deputy" not in words:
                return x
    return None


def _introduced_since(text: str, noun: str, a: int, b: int) -> bool:
    """Whether text[a:b] brings in someone new with *noun*: "a foreign ministry official"."""
    return re.search(rf"\b(?:an?|another)\s+(?:[\w\-]+\s+){{0,3}}{re.escape(noun)}\b", text[a:b], re.IGNORECASE) is not None


def _last_person(mentions: list[Mention], pos: int) -> Mention | None:
    """The person "the diplomat" or "the official" refers back to: of the people
    named before *pos*, the one named most often (the one the text follows), the
    later one on a tie; None if nobody with a side was named."""
    people = [x for x in mentions if x.start < pos and x.kind == "person" and x.side
              and x.source in ("named", "lexicon", "anaphor")]
    counts: dict[str, int] = {}
    for x in people:
        counts[x.actor] = counts.get(x.actor, 0) + 1
    return max(reversed(people), key=lambda x: counts[x.actor], default=None)


_BY_BEFORE = re.compile(r"\bby\s+$")
_AFTER_CONTENT = re.compile(r"[,”\"]\s*(?:the\s+)?(?:[a-z]+\s+){0,2}(?:[A-Z][a-z]+\s+){0,3}$")


_WS = re.compile(r"\s+(?:also\s+)?")


def _speaks(lex: Lexicons, text: str, a: int, b: int) -> bool:
    """text[a:b] is the subject of a verb of saying: "the message says", "said the statement"."""
    ws = _WS.match(text, b)
    if ws and lex.say_re is not None and lex.say_re.match(text, ws.end()):
        return True
    before = re.search(r"([a-z]+)\s+$", text[max(0, a - 20):a])
    return bool(before and lex.say_re is not None and lex.say_re.fullmatch(before.group(1)))


def _issuer(mentions: list[Mention], pos: int) -> Mention | None:
    """Who issued "the statement" or "the message": the body or office last named as
    an actor before *pos* (a ministry, a government, a spokesman), not a quoted one."""
    return next((x for x in reversed(mentions) if x.start < pos and x.side and x.role == "actor"
                 and x.kind in ("ministry", "government") and x.source != "agency"
                 and not x.extras.get("quoted")), None)


def _same_body(recent: list[Mention], role: list[str]) -> Mention | None:
    """The side an unowned body named the same way was given before in the article:
    "the Foreign Office" is one office throughout."""
    key = " " + " ".join(role)
    return next((x for x in reversed(recent) if x.source == "anaphor" and x.kind == "ministry"
                 and x.actor.endswith(key)), None)


def topic_side(recent: list[Mention], found: list[Mention], pos: int, agent: bool = False,
               exclude: set | frozenset = frozenset()) -> Mention | None:
    """The side the text is about at *pos*: the first actor of this sentence before it,
    else of the latest sentence that has one; names inside quotations do not count
    ("“We urge North Korea …,” the ministry said" is not North Korea speaking). For the
    *agent* of a passive ("X's envoy was summoned by the ministry") or a speaker named
    after what was said ("…, presidential spokesman X said") this sentence's actors
    do not count: they are what it acts on or speaks of; nor do the sides in *exclude*
    (what a speaker is about to speak of), unless no other side is left."""
    ok = lambda x: (x.side and x.role == "actor" and not x.extras.get("quoted")
                    and x.kind != "media" and x.source != "agency")

    def first(keep) -> Mention | None:
        here = [] if agent else [x for x in found if x.start < pos and keep(x)]
        if here:
            return here[0]
        earlier = [x for x in recent if keep(x)]
        if not earlier:
            return None
        last = earlier[-1].sentence
        return next(x for x in earlier if x.sentence == last)

    return (first(lambda x: ok(x) and x.side not in exclude) if exclude else None) or first(ok)


def _last_two_sides(mentions: list[Mention]) -> list[str]:
    out: list[str] = []
    for m in reversed(mentions):
        if m.side not in out:
            out.append(m.side)
        if len(out) == 2:
            break
    return out[::-1]


@dataclass
class PronounScan:
    """One sentence as the pronoun rules see it."""
    text: str
    sid: int
    s0: int
    s1: int
    explicit: list           # the sentence's actors and targets (no places, no sources)
    prev: list               # those of the two sentences before (most recent last)
    further: list            # those of the four sentences before, for he and she
    quotes: list             # quotation spans in the sentence
    say: re.Pattern | None   # verbs of saying
    out: list = field(default_factory=list)  # pronouns resolved so far

    def before(self, a: int) -> list[Mention]:
        """The candidates before position *a*, leaving out names inside a quotation
        the pronoun is outside of."""
        return sorted((x for x in self.explicit + self.out if x.end <= a
                       and not _quoted_apart(self.quotes, x, a)), key=lambda x: x.start)


def pronouns(text: str, sid: int, s0: int, s1: int, here: list[Mention],
             history: list[list[Mention]], say: re.Pattern | None = None) -> list[Mention]:
    """Resolve he/his/she/her/it/its/they/their/them in text[s0:s1].

    *here* holds the sentence's explicit mentions, *history* the mentions of
    the previous sentences (most recent last). He and she go to
    :func:`_person_referent`, it and its to :func:`_thing_referent`, they and
    their to :func:`_group_referents`."""
    keep = lambda ms: [m for m in ms if m.role not in ("place", "source")]
    scan = PronounScan(text, sid, s0, s1, keep(here), [keep(h) for h in history[-2:]],
                       [keep(h) for h in history[-4:]],
                       [(q.start(), q.end()) for q in _QUOTED.finditer(text, s0, s1)], say)
    for m in PRONOUNS.finditer(text, s0, s1):
        word, a, b = m.group(1).lower(), m.start(), m.end()
        if _not_an_actor(text, word, a, b, s0):
            continue
        if word in ("they", "their", "them"):
            scan.out.extend(_pronoun_mention(text, sid, a, b, g) for g in _group_referents(scan, a))
            continue
        resolve = _person_referent if word in ("he", "him", "his", "she", "her") else _thing_referent
        target = resolve(scan, word, a, b)
        if target is None:
            continue
        if target.reciprocal:
            scan.out.extend(_pronoun_mention(text, sid, a, b, g)
                            for g in scan.before(a) + sum(scan.prev, [])
                            if g.reciprocal and g.start == target.start)
        else:
            scan.out.append(_pronoun_mention(text, sid, a, b, target))
    return scan.out


def _not_an_actor(text: str, word: str, a: int, b: int, s0: int) -> bool:
    """ "it is likely", "make it clear", "It was not the first such warning",
    "finished marking it", "some of them": no actor is meant."""
    opening = not text[s0:a].strip(" “\"'‘(")
    if word == "it":
        if EXPLETIVE_AFTER.match(text, b) or EXPLETIVE_BEFORE.search(text[max(s0, a - 12):a]):
            return True
        if opening and IT_IS.match(text, b):
            return True
        pw = _prev_words(text, a, 1, s0)
        if pw and (pw[-1].endswith(("ing", "ed")) or pw[-1] in _TAKES_OBJECT):
            return True
    return word == "them" and _prev_words(text, a, 1, s0)[-1:] in (["of"], ["among"], ["between"])


def _person_referent(scan: PronounScan, word: str, a: int, b: int) -> Mention | None:
    """He or she: the last person of the right gender before it in the sentence; a
    his/her in an opening phrase, the person named after it; "He said" opening a
    sentence, the last person who spoke; else the salient person of the sentences
    before (past the one before last only when a person of the other gender is nearer)."""
    text = scan.text
    fits = _fits_gender("female" if word in ("she", "her") else "male")
    target = _last(scan.before(a), lambda x: x.kind == "person" and fits(x))
    if target is None and word in ("his", "her"):
        target = _cataphor(text, a, scan.s1, scan.explicit)
    opening = not text[scan.s0:a].strip(" “\"'‘(")
    if target is None and opening and scan.say is not None and scan.say.match(text, b + 1):
        target = _last_speaker(text, scan.prev[-1:], fits, scan.say)
    reach = scan.further if any(x.kind == "person" and not fits(x) for x in sum(scan.prev, [])) else scan.prev
    for h in reversed(reach):
        if target is not None:
            break
        target = _salient_person([x for x in h if fits(x)])
    return target


def _thing_referent(scan: PronounScan, word: str, a: int, b: int) -> Mention | None:
    """It or its: opening a sentence, the subject of the sentence before; else the
    sentence's subject if it can be "it", else the nearest state or body."""
    ok = lambda x: (x.kind not in ("person", "collective", "media") and not x.reciprocal
                    and not x.extras.get("plural"))
    if not scan.text[scan.s0:a].strip(" “\"'‘("):
        return next((h[0] for h in reversed(scan.prev) if h), None)
    before = scan.before(a)
    subj = [x for x in before if x.role == "actor" and not x.after_prep]
    target = subj[0] if subj and ok(subj[0]) else _last(before, ok)
    for h in reversed(scan.prev):
        if target is not None:
            break
        target = _last(h, ok)
    return target


def _group_referents(scan: PronounScan, a: int) -> list[Mention]:
    """They, their, them: the last plural actor ("the Abkhaz authorities"), or every
    side of the last group ("the two sides"), here or in the sentences before."""
    plural = lambda x: (x.kind == "collective" or x.source == "plural" or x.reciprocal
                        or x.extras.get("plural"))
    group = [x for x in scan.before(a) if plural(x)]
    for h in reversed(scan.prev):
        if group:
            break
        group = [x for x in h if plural(x)]
    if not group:
        return []
    last = group[-1]
    return [x for x in group if x.start == last.start] if last.reciprocal else [last]


_GENDER_OF_WORD = {"male": frozenset({"male", "mostly_male"}),
                   "female": frozenset({"female", "mostly_female"})}


@functools.lru_cache(maxsize=1)
def _gender_detector():
    import gender_guesser.detector  # loaded only when a text needs it (about 1 s)
    return gender_guesser.detector.Detector(case_sensitive=False)


@functools.lru_cache(maxsize=4096)
def gender_of(name: str) -> str:
    """ "male", "female" or "" for a person's name, from its first name
    (gender-guesser's name dictionary); "" when the name does not tell."""
    words = [w for w in re.split(r"[\s\-]+", name) if w.isalpha() and w[0].isupper()]
    if len(words) < 2:
        return ""
    guess = _gender_detector().get_gender(words[0])
    return next((g for g, kinds in _GENDER_OF_WORD.items() if guess in kinds), "")


def _fits_gender(gender: str):
    """A filter for the people a he/she can mean: anyone but those whose first
    name is known to be of the other gender ("David Granger … she said")."""
    def fits(x: Mention) -> bool:
        if x.kind != "person":
            return True
        other = gender_of(x.actor) or gender_of(x.text)
        return other in ("", gender)
    return fits


#: a quotation within a paragraph: curly, straight or doubled-apostrophe marks (the
#: stance rules use it too)
QUOTATION = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|''(?:(?!'').)*?''")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"")


def _last_speaker(text: str, prev: list[list[Mention]], fits, say: re.Pattern) -> Mention | None:
    """ "… with Japanese Foreign Minister Yohei Kono, who also said …. He said …": a
    he/she opening a sentence with a verb of saying is the last person who spoke."""
    for h in prev:
        for x in reversed(h):
            m = re.match(r"(?:,\s*who\s+(?:also\s+|later\s+|then\s+)?|\s+(?:also\s+|later\s+)?)", text[x.end:x.end + 20])
            if x.kind == "person" and fits(x) and m and say.match(text, x.end + m.end()):
                return x
    return None


def _cataphor(text: str, a: int, s1: int, explicit: list[Mention]) -> Mention | None:
    """ "In his latest report to the Council, UN Secretary-General Kofi Annan
    warned": a his/her in an opening phrase, before anyone is named, is the person
    named right after the phrase's comma."""
    comma = text.find(",", a, s1)
    if comma < 0:
        return None
    after = [x for x in explicit if x.start > comma and x.role == "actor"]
    first = after[0] if after else None
    if first is not None and first.kind != "person":
        nxt = after[1] if len(after) > 1 else None  # "UN Secretary-General Kofi Annan"
        first = nxt if nxt is not None and nxt.kind == "person" and nxt.side == first.side else None
    return first if first is not None and first.kind == "person" else None


def _quoted_apart(quotes: list[tuple[int, int]], x: Mention, pos: int) -> bool:
    """Whether *x* sits inside a quotation that the pronoun at *pos* is outside
    of: in "“… Granger affirms,” she said" the quoted Granger is not she."""
    inside = lambda p: any(a <= p < b for a, b in quotes)
    return inside(x.start) and not inside(pos)


def _pronoun_mention(text: str, sid: int, a: int, b: int, ref: Mention) -> Mention:
    prev = _prev_words(text, a, 1)
    prep = prev[-1] if prev and prev[-1] in PREPOSITIONS else ""
    word = text[a:b].lower()
    role = "target" if (prep and prep != "by") or word == "him" else "actor"
    return Mention(a, b, text[a:b], ref.actor, ref.side, ref.kind, role, sid, "pronoun",
                   possessive=word in ("his", "her", "its", "their"), after_prep=prep,
                   government=ref.government, reciprocal=ref.reciprocal,
                   extras={"ref": ref})


def _salient_person(mentions: list[Mention]) -> Mention | None:
    """The person a "he" opening the next sentence most likely means: the
    sentence's first person in subject position ("Kocharian and Aliyev met …
    He said"), else its last person."""
    people = [x for x in mentions if x.kind == "person"]
    subjects = [x for x in people if x.role == "actor" and not x.after_prep and not x.possessive]
    return subjects[0] if subjects else (people[-1] if people else None)


def _last(items, pred):
    for x in reversed(items):
        if pred(x):
            return x
    return None
