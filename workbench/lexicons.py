"""The lexicons: plain CSV files in ``data/lexicons`` that an analyst can read
and extend (see its README). This module loads and compiles them once.

``load_lexicons(path=None)`` returns a cached :class:`Lexicons`; the folder is,
in order: the *path* argument, the ``WORKBENCH_LEXICONS`` environment
variable, ``data/lexicons`` beside the package (a source checkout), the copy
installed inside the package.
"""
from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def lexicon_dir(path: str | os.PathLike | None = None) -> Path:
    # the package's own copy (a wheel) first; the checkout's data/lexicons only in
    # a checkout, never a data/lexicons folder another package put in site-packages
    from importlib.resources import files
    packaged = Path(str(files("workbench") / "lexicons"))
    checkout = _HERE.parent / "data" / "lexicons" if (_HERE.parent / "pyproject.toml").is_file() else None
    for cand in (path, os.environ.get("WORKBENCH_LEXICONS"), packaged, checkout):
        if cand and Path(cand).is_dir():
            return Path(cand)
    raise FileNotFoundError("no lexicon folder found (data/lexicons); set WORKBENCH_LEXICONS")


def _translit_variants(alias: str) -> list[str]:
    """Russian names come transliterated both ways: Nazarbayev/Nazarbaev,
    Sergeyev/Sergeev, Aliyev/Aliev."""
    out = []
    for word in alias.split():
        if re.search(r"[aeiou]yev", word):
            out.append(alias.replace(word, re.sub(r"([aeiou])yev", r"\1ev", word)))
        elif re.search(r"[aeiou]ev\b|[aeiou]eva\b", word):
            out.append(alias.replace(word, re.sub(r"([aeiou])ev", r"\1yev", word)))
    return out


def _rows(folder: Path, name: str) -> list[dict]:
    p = folder / name
    if not p.exists():
        return []
    with open(p, newline="", encoding="utf-8") as f:
        rows = []
        for row in csv.DictReader(f):
            row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
            first = next(iter(row.values()), "")
            if first.startswith("#"):
                continue
            rows.append(row)
        return rows


def _split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


# ------------------------------------------------------------ inflection

_VOWELS = "aeiou"
_DOUBLE_FINAL = {"admit", "commit", "submit", "permit", "regret", "prefer", "refer",
                 "defer", "confer", "compel", "propel", "expel", "repel", "control",
                 "patrol", "occur", "recur", "omit", "transmit", "equip", "abet"}


def _double(word: str) -> bool:
    if word in _DOUBLE_FINAL:
        return True
    if len(word) < 3 or word[-1] in "wxy" or word[-1] in _VOWELS:
        return False
    groups = re.findall(r"[aeiou]+", word)
    return (len(groups) == 1 and word[-2] in _VOWELS and word[-3] not in _VOWELS
            and len(groups[0]) == 1)


def verb_forms(lemma: str) -> set[str]:
    """base, -s, -ed, -ing forms of a regular English verb."""
    w = lemma.lower()
    forms = {w}
    if re.search(r"(s|sh|ch|x|z|o)$", w):
        forms.add(w + "es")
    elif re.search(r"[^aeiou]y$", w):
        forms.add(w[:-1] + "ies")
    else:
        forms.add(w + "s")
    if w.endswith("e"):
        forms.add(w + "d")
    elif re.search(r"[^aeiou]y$", w):
        forms.add(w[:-1] + "ied")
    elif _double(w):
        forms.add(w + w[-1] + "ed")
    else:
        forms.add(w + "ed")
    if re.search(r"[aeiou]l$", w):  # British doubling: signalled, cancelled, labelling
        forms |= {w + "led", w + "ling"}
    if w.endswith("ie"):
        forms.add(w[:-2] + "ying")
    elif w.endswith("e") and not w.endswith(("ee", "ye", "oe")):
        forms.add(w[:-1] + "ing")
    elif _double(w):
        forms.add(w + w[-1] + "ing")
    else:
        forms.add(w + "ing")
    return forms


def noun_forms(lemma: str) -> set[str]:
    w = lemma.lower()
    if re.search(r"(s|sh|ch|x|z)$", w):
        return {w, w + "es"}
    if re.search(r"[^aeiou]y$", w):
        return {w, w[:-1] + "ies"}
    return {w, w + "s"}


# ------------------------------------------------------------ records

@dataclass(frozen=True)
class Entry:
    """A named actor, state, place, organisation or agency of the lexicon."""
    actor: str
    side: str
    kind: str
    government: str = ""
    offices: tuple = ()  # (office, start, end, side, government), dates as datetime.date or None

    def side_at(self, when) -> str:
        """The side of a person at date *when* (offices can change sides)."""
        if not self.offices or when is None:
            return self.side
        return min(self.offices, key=lambda o: _distance(o, when))[3] or self.side

    def government_at(self, when) -> str:
        """The government a place or state stands for at date *when* ("Belgrade":
        the Yugoslav government until 2006, the Serbian one since)."""
        if not self.offices or when is None:
            return self.government
        return min(self.offices, key=lambda o: _distance(o, when))[4] or self.government

    def office_at(self, when) -> str:
        """The office a person holds at date *when* ("President of Argentina"), or ""."""
        if not self.offices:
            return ""
        if when is None:
            return self.offices[-1][0]
        return min(self.offices, key=lambda o: _distance(o, when))[0]

    def score_at(self, when) -> int:
        """How far (days) *when* lies from this actor's time in office (0: in office)."""
        if not self.offices or when is None:
            return 0 if not self.offices else 1
        return min(_distance(o, when) for o in self.offices)


def _distance(office, when) -> int:
    start, end = office[1], office[2]
    if start and when < start:
        return (start - when).days
    if end and when > end:
        return (when - end).days
    return 0


def _office_date(value: str, *, end: bool):
    import datetime as dt
    value = (value or "").strip()
    if not value:
        return None
    try:
        if len(value) == 4:
            return dt.date(int(value), 12, 31) if end else dt.date(int(value), 1, 1)
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            if end:
                nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
                return nxt - dt.timedelta(days=1)
            return dt.date(y, m, 1)
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def pick(entries, when):
    """The entry an ambiguous alias means at date *when*: the one in office then."""
    if len(entries) == 1 or when is None:
        return entries[0]
    return min(entries, key=lambda e: e.score_at(when))


@dataclass(frozen=True)
class Demonym:
    word: str
    side: str
    plural: str
    government: str


@dataclass(frozen=True)
class Cue:
    pattern: str
    form: str
    stance: str
    cameo: str
    goldstein: float
    issue: str
    regex: re.Pattern = field(compare=False, repr=False)
    only: str = ""  # "complement": counts only inside a reported "that" clause


@dataclass
class Lexicons:
    folder: Path
    aliases: dict            # surface (case-sensitive) -> tuple of Entry (ambiguous: by date)
    alias_re: re.Pattern | None
    demonyms: dict           # word -> Demonym (case-sensitive)
    plurals: dict            # "Russians" -> Demonym
    agents: dict             # lower agent -> (kind, canonical template)
    agent_re: re.Pattern | None
    agencies: dict           # surface -> (source, side)
    agency_lower: dict
    cues_by_first: dict      # first word form (lower) -> [Cue]
    issue_re: re.Pattern | None
    issue_of: dict           # lower keyword -> issue
    hedge_re: re.Pattern | None
    concessive_re: re.Pattern | None
    attribution_re: re.Pattern | None
    speech_re: re.Pattern | None
    act_verbs: frozenset     # irregular verb forms that make a clause an act (verbs.csv)
    collectives: dict        # lower phrase -> meaning ("both")
    collective_re: re.Pattern | None
    audience: frozenset      # words that make "in <place>" an audience
    verb_forms: frozenset = frozenset()     # first words of verb cues, inflected
    breakaway: frozenset = frozenset()      # sides that are breakaway polities
    parents: dict = field(default_factory=dict)  # breakaway side -> the state it broke from
    organizations: frozenset = frozenset()  # sides that are international organisations
    goldstein: dict = field(default_factory=dict)
    words: dict = field(default_factory=dict)  # wordlists.csv: list name -> frozenset of lower words
    office_before: re.Pattern | None = None     # an office word right before a name
    role_anaphor: re.Pattern | None = None      # "the foreign minister", "the Unification Ministry"
    accusation_re: re.Pattern | None = None     # words that make what was said criticism
    claim_re: re.Pattern | None = None          # words of title or right: what was said is insistence
    shortfall_re: re.Pattern | None = None      # "no results", "lacked": what was said is not praise
    measure_re: re.Pattern | None = None        # "sanctions against": what was said is a threat
    condition_re: re.Pattern | None = None      # "unless", "precondition": what was said is a demand
    demonym_contexts: tuple = ()                # demonym_contexts.csv rows (dicts)
    frame_re: re.Pattern | None = None          # "insisted", "told": a reported position's frame
    say_re: re.Pattern | None = None            # verbs of saying
    meeting_re: re.Pattern | None = None        # "meeting", "summit": a meeting that is no cue
    fears_re: re.Pattern | None = None          # a warning or fear ending a clause ("warned that")
    negation_re: re.Pattern | None = None       # a negation just before a cue ("refused to")
    obligation_re: re.Pattern | None = None     # "must", "is required to" anywhere
    obligation_before: re.Pattern | None = None  # the same just before a cue
    spellings: dict | None = None               # surname skeleton -> [(surname, entries)], on first need
    officials: tuple | None = None              # (folded full name -> roles, surname -> names), on first need

    def spelled_like(self, word: str, when) -> Entry | None:
        """The one person in office at *when* whose surname is *word* transliterated
        another way ("Niazov": Niyazov, "Wickremesinghe": Wickremasinghe): the same
        consonant skeleton, first and last letters ("River" is not Rivera) and close
        as strings; None if none or several, or when the date is unknown."""
        if when is None or len(word) < 5:
            return None
        if self.spellings is None:
            self.spellings = _spelling_index(self.aliases)
        found = {}
        for surname, entries in self.spellings.get(_skeleton(word), ()):
            entry = pick(entries, when)
            if (surname != word and (surname[0], surname[-1]) == (word[0], word[-1])
                    and entry.score_at(when) == 0
                    and SequenceMatcher(None, surname.lower(), word.lower()).ratio() >= 0.85):
                found[entry.actor] = entry
        return next(iter(found.values())) if len(found) == 1 else None

    def official(self, name: str, when) -> Entry | None:
        """The government official of officials_derived.csv (Phoenix) whose full
        name is *name* ("Seiji Maehara"): a person of the one side his roles are
        for, or of the one side he served at *when*; None if unknown or unclear."""
        if self.officials is None:
            self.officials = _load_officials(self.folder)
        key = _fold(name)
        roles = self.officials[0].get(key) or self._first_name_variant(key)
        sides = {r[0] for r in roles}
        if len(sides) > 1 and when is not None:
            sides = {r[0] for r in roles if _distance((None, r[1], r[2]), when) == 0}
        if len(sides) != 1:
            return None
        side = sides.pop()
        offices = tuple((f"Official of {side}", a, b, side, "") for s_, a, b in roles if s_ == side)
        return Entry(name, side, "person", "", offices)

    def _first_name_variant(self, key: str) -> list:
        """The roles of the one official with the surname of *key* (two words) and a
        first name spelt alike ("edward nalbandian": Eduard); [] if none or several."""
        first, _, surname = key.partition(" ")
        if " " in surname or not surname:
            return []
        by_name, by_surname = self.officials
        near = [k for k in by_surname.get(surname, ()) if alike_given_names(k.partition(" ")[0], first)]
        return by_name[near[0]] if len(near) == 1 else []


def alike_given_names(a: str, b: str, at_least: float = 0.8) -> bool:
    """Two given names spelt alike, once the usual transliteration variants are
    folded ("Eduard" and "Edward", "Yahio" and "Yakhyo": kh/h, y/i); a lower
    *at_least* asks only whether they could be the same name."""
    a, b = (w.lower().replace("kh", "h").replace("y", "i") for w in (a, b))
    return SequenceMatcher(None, a, b).ratio() >= at_least


def _fold(name: str) -> str:
    """A name without accents, case or hyphens: the key of the officials table."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(plain.lower().replace("-", " ").split())


def _load_officials(folder: Path) -> tuple[dict, dict]:
    """officials_derived.csv (scripts/derive_actors.py): (folded name -> roles,
    surname -> the two-word names that end with it)."""
    by_name: dict[str, list] = {}
    by_surname: dict[str, list] = {}
    for row in _rows(folder, "officials_derived.csv"):
        if row.get("actor") and row.get("side"):
            key = _fold(row["actor"])
            if key not in by_name and key.count(" ") == 1:
                by_surname.setdefault(key.split()[1], []).append(key)
            by_name.setdefault(key, []).append((
                row["side"], _office_date(row.get("start", ""), end=False),
                _office_date(row.get("end", ""), end=True)))
    return by_name, by_surname


def _skeleton(word: str) -> str:
    """A surname's consonants after its first letter, doubles single: the part that
    transliterations keep (Niyazov and Niazov: "nzv")."""
    w = word.lower()
    return re.sub(r"(.)\1+", r"\1", w[0] + re.sub(r"[aeiouyhw’'\-]", "", w[1:]))


def _spelling_index(aliases: dict) -> dict:
    """Surnames of the lexicon's people (the last word of each alias) by skeleton."""
    index: dict[str, list] = {}
    for surface, entries in aliases.items():
        last = surface.split()[-1]
        if len(last) >= 5 and last[0].isupper() and any(e.kind == "person" for e in entries):
            index.setdefault(_skeleton(last), []).append((last, tuple(e for e in entries if e.kind == "person")))
    return index


def _compiled_words(words: dict) -> dict:
    """The patterns the rules build from wordlists.csv."""
    return dict(
        office_before=re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words.get("office", ())))) + r")\s+$", re.I)
        if words.get("office") else None,
        role_anaphor=_role_anaphor_re(words),
        accusation_re=_alternation(words.get("accusation", ()), re.I),
        claim_re=_alternation(words.get("claim", ()), re.I),
        shortfall_re=_alternation(words.get("shortfall", ()), re.I),
        measure_re=_alternation(words.get("hostile_measure", ()), re.I),
        condition_re=_alternation(words.get("condition", ()), re.I),
        frame_re=_alternation(words.get("frame", ()), re.I),
        say_re=_alternation(words.get("say", ()), re.I),
        meeting_re=_alternation(words.get("meeting_noun", ()), re.IGNORECASE),
        fears_re=_before_end(words.get("fear", ()), r"\s*(?:\w+\s+){0,3}$"),
        negation_re=_before_end(words.get("negation", ()), r"\s+(?:\w+\s+){0,2}$"),
        obligation_re=_alternation(words.get("obligation", ()), re.I),
        obligation_before=_before_end(words.get("obligation", ()), r"\s+(?:\w+\s+)?$"),
    )


def _role_anaphor_re(words: dict) -> re.Pattern | None:
    """ "the spokesman", "the foreign affairs minister", "the Unification Ministry":
    an office or body named without its country (group 1 is the role)."""
    heads = sorted(words.get("office", frozenset()) | words.get("speaks_for", frozenset())
                   | words.get("person_anaphor", frozenset()))
    if not heads:
        return None
    head = "|".join(re.escape(h) for h in heads)
    return re.compile(r"(?<![\w\-])[Tt]he\s+((?:[a-z]+\s+){0,2}(?:" + head + r")|(?:[A-Z][a-z]+\s+){0,3}(?i:"
                      + head + r"))(?![\w\-’'])")


def _before_end(words, tail: str) -> re.Pattern | None:
    """One of *words* followed by *tail* (up to the end of the text searched)."""
    body = _alternation(words, re.I, boundary=False)
    return re.compile(r"(?<![\w\-])" + body.pattern + tail, re.I) if body is not None else None


def _wordlists(folder: Path) -> dict:
    """wordlists.csv: small named word lists (``list,word,note``) that rules use."""
    out: dict[str, set] = {}
    for row in _rows(folder, "wordlists.csv"):
        if row.get("list") and row.get("word"):
            out.setdefault(row["list"], set()).add(row["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def _trie(words) -> str:
    """One regex for many words, as a character trie: Python's ``re`` tries
    the branches of a flat alternation one by one; a trie shares prefixes.
    Longer matches come first, so the longest alias wins."""
    root: dict = {}
    for w in words:
        node = root
        for ch in " ".join(w.split()):
            node = node.setdefault(ch, {})
        node[""] = True
    return _trie_node(root)


def _trie_node(node: dict) -> str:
    alts = []
    for ch in sorted(k for k in node if k):
        head = r"\s+" if ch == " " else re.escape(ch)
        alts.append(head + _trie_node(node[ch]))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


def _alternation(words, flags=0, boundary=True) -> re.Pattern | None:
    words = {w for w in words if w}
    if not words:
        return None
    if flags & re.I:
        words = {w.lower() for w in words}
    gapped = sorted(w for w in words if "*" in w.split())
    body = _trie(words - set(gapped))
    if gapped:  # "reports * suggest": a gap of up to four words
        body = "|".join([body] + [r"(?:\s+[\w'’\-]+){0,4}\s+".join(
            _phrase_regex(part) for part in re.split(r"\s*\*\s*", w)) for w in gapped])
    if boundary:
        return re.compile(r"(?<![\w\-])(?:" + body + r")(?![\w$])", flags)
    return re.compile("(?:" + body + ")", flags)


def _phrase_regex(phrase: str) -> str:
    return r"\s+".join(re.escape(p) for p in phrase.split())


def _cue_regex(words: list[str], first_forms: set[str]) -> re.Pattern:
    parts = ["(?:" + "|".join(sorted(map(re.escape, first_forms), key=len, reverse=True)) + ")"]
    for i, w in enumerate(words[1:]):
        if i == 0 and w not in ("*", "{poss}"):
            parts.append(r"(?:\s+(?-i:[a-z]+ly))?")  # an adverb after the verb: "objected strongly to"
        if w == "*":  # up to four words, maybe quoted: "expressed their “great surprise”"
            parts.append(r"(?:\s+[“\"‘]?[\w'’\-]+){0,4}?")
            continue
        if w == "{poss}":
            parts.append(r"\s+(?:his|her|its|their|our|the|this|that)")
            continue
        parts.append(r"\s+[“\"‘]?" + re.escape(w))
    if len(words) > 1 and words[-1] not in ("*", "{poss}") and words[-1][-1:].isalpha():
        parts[-1] += "(?:s|es)?"  # "make * concession(s)"
    return re.compile("".join(parts) + r"(?![\w])", re.I)


def _load_goldstein(folder: Path) -> dict:
    out = {}
    for row in _rows(folder, "goldstein.csv"):
        try:
            out[row["cameo"]] = float(row["goldstein"])
        except (KeyError, ValueError):
            pass
    return out


def _load_actors(folder: Path) -> tuple[dict, dict]:
    """(entries by actor, entries by alias) from actors.csv, then actors_derived.csv
    (scripts/derive_actors.py), which only adds actors, offices and aliases that no
    hand-written entry already owns; people also answer to transliteration variants."""
    offices: dict[str, list] = {}
    base: dict[str, dict] = {}
    surfaces: dict[str, list[str]] = {}
    hand_written: set[str] = set()
    derived = _rows(folder, "actors_derived.csv")
    for row in _rows(folder, "actors.csv") + [dict(r, _derived="1") for r in derived]:
        name = row.get("actor")
        if not name:
            continue
        if not row.get("_derived"):
            hand_written.add(name)
        base.setdefault(name, row)
        if row.get("office") or row.get("start"):
            offices.setdefault(name, []).append((
                row.get("office", ""), _office_date(row.get("start", ""), end=False),
                _office_date(row.get("end", ""), end=True), row.get("side", ""), row.get("government", "")))
        forms = _split(row.get("aliases", "")) + [name]
        if row.get("kind") == "person":
            forms += [v for a in forms for v in _translit_variants(a)]
        for a in forms:
            if row.get("_derived") and any(n in hand_written and n != name for n in surfaces.get(a, ())):
                continue
            names = surfaces.setdefault(a, [])
            if name not in names:
                names.append(name)
    entries = {name: Entry(name, row.get("side", ""), row.get("kind", "") or "organization",
                           row.get("government", ""), tuple(offices.get(name, ())))
               for name, row in base.items()}
    return entries, {a: tuple(entries[n] for n in names) for a, names in surfaces.items()}


def _load_demonyms(folder: Path) -> tuple[dict, dict]:
    """(demonyms, plural demonyms) from demonyms.csv and demonyms_derived.csv."""
    demonyms: dict[str, Demonym] = {}
    plurals: dict[str, Demonym] = {}
    for row in _rows(folder, "demonyms.csv") + _rows(folder, "demonyms_derived.csv"):
        side = row.get("side", "")
        gov = row.get("government", "") or f"{side} government"
        for word in _split(row.get("demonym", "")):
            d = Demonym(word, side, row.get("plural", ""), gov)
            demonyms.setdefault(word, d)
            for pl in _split(row.get("plural", "")):
                plurals.setdefault(pl, d)
    return demonyms, plurals


def _load_agents(folder: Path) -> tuple[dict, set]:
    """(agents, their singular and plural words) from agents.csv: generic role nouns."""
    agents = {}
    for row in _rows(folder, "agents.csv"):
        if row.get("agent"):
            agents.setdefault(row["agent"].lower(), (row.get("kind", "") or "government",
                                                     row.get("canonical", "") or "{demonym} " + row["agent"]))
    words = set()
    for a in agents:
        words |= {a} | ({a + "s"} if not a.endswith("s") else set())
    return agents, words


def _load_agencies(folder: Path) -> dict:
    """News agencies by every alias: (source, side)."""
    agencies = {}
    for row in _rows(folder, "agencies.csv"):
        src = row.get("source")
        if not src:
            continue
        for a in _split(row.get("aliases", "")) + [src]:
            agencies.setdefault(a, (src, row.get("side", "")))
    return agencies


def _load_cues(folder: Path) -> dict:
    """Cues by each inflected form of their first word: the hand-written cues.csv,
    then those derived from CAMEO (cues_derived.csv); a hand-written cue overrides a
    derived one with the same pattern. Longer patterns come first."""
    cues_by_first: dict[str, list[Cue]] = {}
    hand = _rows(folder, "cues.csv")
    own = {row.get("cue", "").lower() for row in hand}
    derived = [r for r in _rows(folder, "cues_derived.csv") if r.get("cue", "").lower() not in own]
    for row in hand + derived:
        cue, firsts = _cue_of(row)
        for f in firsts:
            cues_by_first.setdefault(f, []).append(cue)
    for lst in cues_by_first.values():
        lst.sort(key=lambda c: len(c.pattern), reverse=True)
    return cues_by_first


def _cue_of(row: dict) -> tuple[Cue | None, set]:
    """One cue row: the Cue and the forms of its first word (given, or generated)."""
    pattern = row.get("cue", "").lower()
    words = pattern.split()
    if not words:
        return None, set()
    form = (row.get("form") or "phrase").lower()
    first = words[0]
    given = {f.lower() for f in _split(row.get("forms", ""))}
    if given:  # the full list of inflections, replacing the generated ones
        firsts = {first} | given
    elif form == "verb":
        firsts = verb_forms(first)
    elif form == "noun":
        firsts = noun_forms(first)
    else:
        firsts = {first}
    try:
        g = float(row.get("goldstein") or 0.0)
    except ValueError:
        g = 0.0
    return Cue(pattern, form, row.get("stance", "statement"), row.get("cameo", ""), g,
               row.get("issue", ""), _cue_regex(words, firsts), row.get("only", "")), firsts


def _load_issues(folder: Path) -> tuple[re.Pattern | None, dict]:
    """(regex of issue keywords and their plurals, issue of each variant)."""
    issue_of = {}
    for row in _rows(folder, "issues.csv"):
        kw = row.get("keyword", "").lower()
        if kw and row.get("issue"):
            issue_of.setdefault(kw, row["issue"])
    variants = {}
    for kw in issue_of:
        variants[kw] = kw
        parts = kw.split()
        for nf in noun_forms(parts[-1]):
            variants.setdefault(" ".join(parts[:-1] + [nf]), kw)
    return _alternation(variants, re.I), {v: issue_of[k] for v, k in variants.items()}


@lru_cache(maxsize=8)
def _load(folder: Path) -> Lexicons:
    """Every lexicon of *folder*, compiled."""
    entries, aliases = _load_actors(folder)
    demonyms, plurals = _load_demonyms(folder)
    agents, agent_words = _load_agents(folder)
    agencies = _load_agencies(folder)
    agency_lower = {k.lower(): v for k, v in agencies.items()}
    cues_by_first = _load_cues(folder)
    issue_re, issue_of = _load_issues(folder)
    # hedges and attribution ("*": a gap of up to four words)
    hedges, concessive = [], []
    for row in _rows(folder, "hedges.csv"):
        (concessive if row.get("kind") == "concessive" else hedges).append(row.get("cue", "").lower())
    attribution = [row.get("cue", "").lower() for row in _rows(folder, "attribution.csv")]
    speech = [row.get("cue", "").lower() for row in _rows(folder, "speech.csv")]
    collectives = {row["phrase"].lower(): row.get("meaning", "both")
                   for row in _rows(folder, "collectives.csv") if row.get("phrase")}
    audience = frozenset(row["word"].lower() for row in _rows(folder, "audience.csv") if row.get("word"))

    breakaway = frozenset(r["side"] for r in _rows(folder, "sides.csv") if r.get("type") == "breakaway")
    parents = {r["side"]: r["parent"] for r in _rows(folder, "sides.csv") if r.get("parent")}
    organizations = frozenset(e.side for e in entries.values()
                              if e.kind == "organization" and e.actor == e.side)
    surface = set(aliases) | set(demonyms) | set(plurals)
    words = _wordlists(folder)
    lex = Lexicons(
        folder=folder,
        aliases=aliases,
        alias_re=_alternation(surface),
        demonyms=demonyms,
        plurals=plurals,
        agents=agents,
        agent_re=_alternation(agent_words, re.I),
        agencies=agencies,
        agency_lower=agency_lower,
        cues_by_first=cues_by_first,
        issue_re=issue_re,
        issue_of=issue_of,
        hedge_re=_alternation(hedges, re.I),
        concessive_re=_alternation(concessive, re.I),
        attribution_re=_alternation(attribution, re.I),
        speech_re=_alternation(speech, re.I),
        act_verbs=frozenset(r["verb"].lower() for r in _rows(folder, "verbs.csv") if r.get("verb")),
        collectives=collectives,
        collective_re=_alternation(collectives, re.I),
        audience=audience,
        breakaway=breakaway,
        parents=parents,
        organizations=organizations,
        verb_forms=frozenset(w for w, cs in cues_by_first.items() if any(c.form == "verb" for c in cs)),
        words=words,
        demonym_contexts=tuple(r for r in _rows(folder, "demonym_contexts.csv") if r.get("context")),
        **_compiled_words(words),
    )
    return lex


def load_lexicons(path: str | os.PathLike | None = None) -> Lexicons:
    """The compiled lexicons from *path* (see module doc); cached per folder."""
    return _load(lexicon_dir(path).resolve())
