"""Stances: who proposes, insists, rejects, concedes what, on which issue.

A cue (a verb, noun or phrase of ``cues.csv``) gives the stance class, its
CAMEO code and Goldstein weight. The agent is the side that holds the
position, found by clause rules, not by the nearest name:

* the sentence is cut into segments at clause openers (that, which, when,
  ", and" + verb, semicolons, dashes, parentheses);
* a verb cue's agent is the leftmost actor of its segment that is not inside
  a prepositional phrase, a place or a news source; a passive cue takes its
  "by …" agent or none;
* a segment with no subject of its own ("…, and offered instead a plan")
  inherits the agent of the segment before;
* "the two sides" cannot hold one side's position: inside a "said that …"
  complement the speaker holds it, elsewhere the cue is dropped;
* a noun cue ("Russia's opposition to", "the Japanese proposal") needs an
  owner right before it and is dropped when it is the object or subject of
  another cue, or anaphoric ("that Russian offer");
* "consider/weigh" followed by another cue marks that cue as hedged.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicons import Cue, Lexicons
from .mentions import BRACKETED, LIST_SEP, PREPOSITIONS, Mention
from .sentiment import scores


def _rule_cue(name: str, stance: str, cameo: str, goldstein: float) -> Cue:
    """A cue that a rule, not a lexicon word, supplies."""
    return Cue(name, "phrase", stance, cameo, goldstein, "", re.compile("$^"))


_NEGATED = _rule_cue("not …", "reject", "12", -4.0)
_CONDITION = _rule_cue("until/unless …", "demand", "10", -5.0)
_THREAT = _rule_cue("… if (conditional threat)", "threaten", "13", -6.0)
_HOSTILE = _rule_cue("said that … (hostile)", "criticize", "111", -2.0)
_STATEMENT = _rule_cue("said that …", "statement", "010", 0.0)
_PRAISE = _rule_cue("described as (praise)", "endorse", "051", 3.4)
CLAIM = _rule_cue("X said … belongs to / right to (claim)", "insist", "10", -5.0)

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[\w’']+(?:[\-][\w’']+)*|[^\w\s]")
SEGMENT_OPENERS = re.compile(
    r";|:|\(|\)|[–—]|\s--?\s|"
    r",[\"”’']?\s*(?=(?:and|but|or|while|whereas|although|though|because|since|when|where|which|who|whom|"
    r"whose|as|then|yet)\b)|"
    # an appositive with a subject of its own: "…, a charge Damascus denies"
    r",\s*(?=(?:a|an)\s+(?:charge|claim|accusation|allegation|assertion|move|step|decision)\s+(?-i:[A-Z]))|"
    r"\b(?=(?:that|which|who|whom|whose|whereby|where|when|while|whereas|although|though|because|"
    r"unless|if|whether|until|after|before)\b)|\b(?=once\s+(?-i:[A-Z]))|"
    r"\b(?=(?:and|but|or)\s+(?:that|to|has|have|had|was|were|is|are|will|would|could|can|may|might|"
    r"should|did|does|do|also|then|later|instead|not|now|(?-i:[a-z]\w*(?:ed|s)))\b)", re.I)
#: "(CNPC)", "(the OSCE)": an aside too short to be a clause
_SHORT_PAREN = re.compile(r"\((?:[^()\d]{1,30})\)")
#: "…, which Sukhumi blames on X and Tbilisi blames on Y": a new subject and its verb
NAME_AND_VERB = re.compile(r"\b(?:and|but)\s+[A-Z][\w\-]+\s+([a-z]+)\b")
MAJOR_BOUNDARY = re.compile(r";|\(|\)|,[\"”’']?\s*(?:and|but|or|while|whereas|although|though)\b|\.$")
FUNCTION_WORDS = frozenset("""and but or then also instead to has have had was were is are will would could
can may might should shall did does do not never now later further even still thus therefore
however moreover meanwhile in turn apparently reportedly allegedly reluctantly only yet so
soon again already finally eventually immediately subsequently simply just be been being""".split())
FIRST_PERSON = frozenset({"we", "i"})
BE_FORMS = frozenset("is are was were be been being".split())
#: the auxiliaries that can follow a subject: "Moscow has …", "the Staff would …"
AUX_WORDS = frozenset("has have had was were is are will would could can may might should must did does do".split())
DEMONSTRATIVES = frozenset("this that these those such".split())
#: clause openers after which nothing is asserted: a condition or an open question
HYPOTHETICAL = frozenset({"if", "unless", "until", "whether", "whereby", "once"})
RELATIVE = frozenset({"who", "which", "whose", "where", "whom"})
#: stance classes a noun can name as a side's standing position ("Tiraspol's demand")
POSITIONS = frozenset({"propose", "offer", "appeal", "demand", "insist"})
#: a noun cue in another cue's object that is still its owner's act: "rejects Tiraspol's
#: demand", "surprise over Doha's refusal to …"
_OWN_IN_OBJECT = POSITIONS | {"reject"}
COOPERATIVE = frozenset({"propose", "offer", "consult", "endorse", "cooperate", "yield", "appeal"})
#: between a state and its official: "Japan's Prime Minister ", "'s Foreign Minister "
_TITLE_CHAIN = re.compile(r"(?:’s|'s)?(?:\s+[A-Z][\w\-]*\.?)*\s+")
BACKING = re.compile(r"with\s+the\s+(?:\w+\s+)?$", re.I)


@dataclass
class CueHit:
    start: int
    end: int
    cue: Cue
    resumed: bool = False  # its clause resumes after a relative clause

    @property
    def text(self):  # pragma: no cover - debugging aid
        return self.cue.pattern


@dataclass
class Segment:
    start: int
    end: int
    opener: str


def find_cues(lex: Lexicons, text: str, s0: int, s1: int, excluded) -> list[CueHit]:
    hits: list[CueHit] = []
    for tm in _TOKEN.finditer(text, s0, s1):
        word = tm.group(0).lower()
        for cue in lex.cues_by_first.get(word, ()):
            m = cue.regex.match(text, tm.start(), s1)
            if m:
                hits.append(CueHit(m.start(), m.end(), cue))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[CueHit] = []
    for h in sorted(hits, key=lambda h: -(h.end - h.start)):
        if any(not (h.end <= k.start or h.start >= k.end) for k in kept):
            continue
        if any(not (h.end <= x or h.start >= y) for x, y in excluded):
            continue
        kept.append(h)
    kept.sort(key=lambda h: h.start)
    return kept


def segments(text: str, s0: int, s1: int, verbs: frozenset = frozenset()) -> list[Segment]:
    """Clauses of text[s0:s1], each with the word or mark that opens it.
    *verbs*: words known to be verbs ("and Tbilisi blames" opens a clause)."""
    cuts = [(s0, "")]
    short = [(m.start(), m.end()) for m in _SHORT_PAREN.finditer(text, s0, s1)]
    found = [m for m in SEGMENT_OPENERS.finditer(text, s0, s1)
             if not any(a <= m.start() < b for a, b in short)]
    if verbs:
        # "… X blames on A and Y blames on B": a second clause, not "X and Y blame"
        starts = [s0] + [m.start() for m in found]
        for m in NAME_AND_VERB.finditer(text, s0, s1):
            if _verb_like(m.group(1), verbs):
                clause = max(x for x in starts if x <= m.start())
                if _has_verb(re.findall(r"[a-z]+", text[clause:m.start()]), verbs):
                    found.append(m)
        found.sort(key=lambda m: m.start())
    for m in found:
        if m.start() <= cuts[-1][0] or (len(cuts) == 1 and _list_of_names(text, s0, m, verbs)):
            continue
        opener = (m.group(0).strip(" ,\"”’'") or _next_word(text, m.end())).lower()
        if m.re is NAME_AND_VERB:
            opener = opener.split()[0]
        if len(cuts) > 1 and not text[cuts[-1][0]:m.start()].strip(" ,"):
            # ", which": one cut, named by the word
            cuts[-1] = (cuts[-1][0], opener if opener.isalpha() else cuts[-1][1])
            continue
        cuts.append((m.start(), opener))
    opening = re.match(r"\s*[“\"]?(\w+)", text[s0:s0 + 20])
    if opening and opening.group(1).lower() in FRONTED:
        cuts[0] = (s0, opening.group(1).lower())
        main = _main_clause(text, s0, cuts[1][0] if len(cuts) > 1 else s1, verbs)
        if main is not None:  # "After the council voted …, Nicaraguan President X accused …"
            cuts.insert(1, (main, ""))
    elif (state := _FRONTED_STATE.match(text, s0)) is not None:
        main = _main_clause(text, s0, s1, verbs, auxiliary=True)
        if main is not None:  # "Concerned that …, the General Staff has refused …"
            cuts = sorted([(s0, state.group(1).lower())] + [c for c in cuts[1:] if c[0] != main] + [(main, "")])
    segs = []
    for i, (a, op) in enumerate(cuts):
        b = cuts[i + 1][0] if i + 1 < len(cuts) else s1
        if b > a:
            segs.append(Segment(a, b, op))
    return segs


def after_dateline(segs: list[Segment], filed: list[tuple[int, int]]) -> list[Segment]:
    """The clauses of a sentence that opens with a wire dateline ("Sanaa - ",
    "BISHKEK (Reuters) - "): the first clause starts after the dateline, as the
    sentence's own start, not as an aside opened by its dash or bracket."""
    if not filed or not segs:
        return segs
    a, b = filed[0]
    if not segs[0].start <= a < segs[0].end or b >= segs[-1].end:
        return segs
    rest = [x for x in segs if x.end > b]
    first = rest[0]
    head = Segment(max(first.start, b), first.end, "" if first.start <= b else first.opener)
    return [head] + rest[1:]


_AND_NAME = re.compile(r",?\s*(?:and|or)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)


def _list_of_names(text: str, a: int, m: re.Match, verbs: frozenset) -> bool:
    """Whether a cut at ", and" or "and" before a name only ends the list of names
    that opens the sentence at *a*: "Armenia, Azerbaijan, and Georgia signed",
    where the words before it are a list (a comma) and none is a verb."""
    if not verbs or not _AND_NAME.match(text, m.start()) or "," not in text[a:m.start()]:
        return False
    return not _has_verb(re.findall(r"\b[a-z]+\b", text[a:m.start()]), verbs)


def _has_verb(words: list[str], verbs: frozenset) -> bool:
    """Whether lower-case *words* hold a verb: a known or past form, a form of "be" or "have"."""
    return any(_verb_like(w, verbs) or w in BE_FORMS or w in ("has", "have", "had") for w in words)


#: a clause opening a sentence with one of these is subordinate; the main clause follows a comma
FRONTED = frozenset({"whether", "if", "unless", "although", "though", "while", "when", "because", "once",
                     "after", "before", "since"})
_SUBJECT_AFTER_COMMA = re.compile(r",\s+(?:(?:on|in|at|last|this)\s+(?:[\w]+\s+){1,3}?)?(?:the\s+)?"
                                  r"(?:[A-Z][\w\-’'.]*\s+){1,5}([a-z]+)\b")


#: an opening participle or adjective of feeling and what it is about: "Concerned
#: that …,", "Angered by …,", "Worried about …," (the main clause follows a comma)
_FRONTED_STATE = re.compile(r"\s*[“\"]?([A-Z][a-z]+ed)\s+(?:that|by|about|over|at|with)\b")


def _main_clause(text: str, a: int, b: int, verbs: frozenset, auxiliary: bool = False) -> int | None:
    """Where the main clause starts after a fronted subordinate one in text[a:b]:
    a comma, a capitalised subject and a verb ("…, Nicaraguan President X accused"),
    or with *auxiliary* an auxiliary ("…, the General Staff has refused")."""
    for m in _SUBJECT_AFTER_COMMA.finditer(text, a, b):
        if _verb_like(m.group(1), verbs) or (auxiliary and m.group(1) in AUX_WORDS):
            return m.start()
    return None


def _verb_like(word: str, verbs: frozenset) -> bool:
    """Whether a lower-case word after a name reads as its verb: a known verb form or a past tense."""
    return word in verbs or word.endswith("ed")


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\s*([\w’']+)", text[pos:pos + 30])
    return m.group(1) if m else ""


def _words(text: str, a: int, b: int) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w’']+", text[a:b])]


def extract(lex: Lexicons, text: str, sid: int, s0: int, s1: int,
            mentions: list[Mention], excluded, hedge_spans, concessive_spans,
            reported: bool, segs: list[Segment] | None = None) -> list[dict]:
    """The stances of sentence *sid* (text[s0:s1]): the rules of
    :mod:`workbench.rules` in order, the lexicon's cues first."""
    from .rules import Context, run_rules
    segs = segs or segments(text, s0, s1, lex.verb_forms)
    # candidates for subjects: actors not in a prepositional phrase, not places or sources
    subjects = [m for m in mentions if m.role not in ("place", "source")
                and (not m.after_prep or m.possessive)]
    ctx = Context(lex, text, sid, s0, s1, mentions, subjects, segs, reported, [],
                  find_cues(lex, text, s0, s1, excluded), hedges=hedge_spans, concessive=concessive_spans)
    run_rules(ctx)
    return sorted(ctx.found, key=lambda r: r["hit"].start)


def cue_rows(ctx) -> list[dict]:
    """One row per cue of the sentence whose agent the clause rules find (see
    the module doc), one stance per agent and clause: the first strong cue wins."""
    text, s0, s1, segs, subjects, mentions, cues = (ctx.text, ctx.s0, ctx.s1, ctx.segs, ctx.subjects,
                                                    ctx.mentions, ctx.cues)
    seg_of = ctx.seg_of
    verb_cues = [c for c in cues if c.cue.form == "phrase"
                 or (c.cue.form == "verb" and not _used_as_noun(ctx.lex, text, s0, c))]
    results = []
    agent_of_seg: dict[int, list[Mention]] = {}
    hedge_next: set[int] = set()
    productive: set[int] = set()  # cues that found an agent: their objects are not stances
    for idx, hit in enumerate(cues):
        si = seg_of(hit.start)
        seg = segs[si]
        if (_hypothetical(segs, si) or _feared(ctx.lex, text, segs, si, subjects)
                or _participle(text, hit, segs[si])):
            continue
        if idx and _object_of_noun(text, cues[idx - 1], hit):
            continue  # "Moscow's refusal to discuss …": the noun holds the position
        if idx and _accused_of(text, cues[idx - 1], hit):
            continue  # "Khartoum, which it accuses of arming the rebels": alleged, not the accuser's act
        if hit.cue.form != "noun" and _by_agent(text, hit, mentions):
            continue  # "the plan tabled by Tokyo": its agent's (rules.owned_act)
        ob = ctx.lex.obligation_before
        obliged = ob is not None and ob.search(text[max(segs[si].start, hit.start - 30):hit.start])
        if obliged and segs[si].opener != "that" and hit.cue.only != "complement":
            continue  # "the Minsk Group will have to offer more": the author's advice
        if hit.cue.only == "complement":
            agents = _reported_position(ctx.lex, text, hit, si, segs, subjects)
        elif hit.cue.only == "agent_after":
            agents = _agent_after(text, hit, mentions)
        elif hit.cue.form == "noun" or (hit.cue.form == "verb" and _used_as_noun(ctx.lex, text, s0, hit)):
            agents = _noun_owner(text, hit, seg, mentions, [c for c in cues if id(c) in productive],
                                 verb_cues)
        else:
            # a predicate judgement ("X said that Y's trip was “unacceptable”") is the speaker's, not
            # Y's; with no speaker it is nobody's act ("Y's purchase is illegal and invalid")
            judged = hit.cue.form == "phrase" and hit.cue.stance in ("reject", "criticize") \
                and not hit.cue.pattern.endswith(" to") and bool(  # "is reluctant to": its own
                _PREDICATE.search(text, max(s0, hit.start - 40), hit.start))
            agents = _reported_position(ctx.lex, text, hit, si, segs, subjects) if judged else None
            if judged and not agents:
                continue
            agents = agents or _verb_agent(ctx.lex, text, hit, si, segs, subjects, mentions, agent_of_seg)
            if agents is None:
                agents = _complement_subject(text, hit, si, segs, subjects)
        if agents is None or (obliged and _demanded_of(ctx.lex, text, si, segs, subjects, agents)):
            continue
        productive.add(id(hit))
        agent_of_seg.setdefault(si, agents)
        if hit.cue.stance in ("consider",) and any(
                c.start > hit.end and c.start - hit.end <= 25 for c in cues[idx + 1:idx + 2]):
            hedge_next.add(idx + 1)
            continue
        nxt = cues[idx + 1] if idx + 1 < len(cues) else None
        if (nxt is not None and hit.cue.stance in ("appeal", "offer", "consider") and nxt.cue.form != "noun"
                and re.fullmatch(r"\s+to\s+(?:\w+\s+)?", text[hit.end:nxt.start])):
            continue  # "sought to link it to …": the second verb's ("offered to host talks": an offer)
        hedged = idx in hedge_next or _hedged(text, s0, hit, segs, si, ctx.hedges, ctx.concessive)
        cue = _cue_in_context(ctx.lex, text, hit, si, segs, s1)
        if cue is None:
            continue
        for ag in agents:
            results.append({
                "mention": ag, "hit": hit, "seg": si, "hedged": hedged, "reported": ctx.reported,
                "cue": _DEMANDED if _asked_of_opponent(ctx.lex, text, hit, cue, ag, mentions, s1) else cue,
                "scope": (segs[si].start if segs[si].start >= s0 else s0, _scope_end(text, hit.end, s1)),
                "frame": bool(re.match(r"\s+that\b", text[hit.end:hit.end + 8])) and cue.stance == "insist",
            })
    return _one_per_agent(results)


def _object_of_noun(text: str, prev: CueHit, hit: CueHit) -> bool:
    """*hit* is the infinitive after a noun cue: "refusal to discuss", "reluctance to
    sign", "readiness to negotiate"."""
    if hit.cue.form == "noun" or not (prev.cue.form == "noun" or prev.cue.pattern.endswith(" to")):
        return False
    return bool(re.fullmatch(r"[”\"’]?\s+to\s+" if not prev.cue.pattern.endswith(" to") else r"\s+",
                             text[prev.end:hit.start]))  # also "“unjustified refusal” to meet"


#: a finite clause after a verb: "suggested (that) the United States is …", "… Georgia itself may have …"
_CLAUSE_NEXT = re.compile(r"\s+(?:that\b|(?:the\s+)?[A-Z][\w.\-]*(?:\s+[\w.\-]+){0,3}?\s+"
                          r"(?:is|are|was|were|has|had|have|may|might|would|will|could|can|did|does)\b)")


def _cue_in_context(lex, text, hit, si, segs, s1) -> Cue | None:
    """The cue's class where it stands: an evaluative verb by its tone, a negated
    cooperative verb a rejection; None for "never signed" (a fact, not an act) and
    for a verb of saying that reports a clause ("suggested the Japanese side is …",
    which the reported-speech rule classes by what was said)."""
    cue = hit.cue
    if cue.stance == "evaluate":
        cue = _evaluate(text, hit.end, _scope_end(text, hit.end, s1))
    if (cue.stance in ("propose", "appeal") and lex.say_re is not None
            and lex.say_re.fullmatch(text, hit.start, hit.end) and _CLAUSE_NEXT.match(text, hit.end)):
        return None  # "Ivanov suggested the Japanese side is not ready …": a report, not a proposal
    neg = negated(lex, text, max(segs[si].start, hit.start - 40), hit.start)
    if neg and neg.group(0).lower().startswith("never") and \
            text[hit.start:hit.end].split()[0].lower().endswith("ed"):
        return None
    if cue.stance in COOPERATIVE and neg:
        cue = _NEGATED
    return cue


_OF_GAP = re.compile(r"\s+(?:[\w’'\-]+\s+){0,5}?of\s+(?:[a-z]+ly\s+)?")


def _accused_of(text: str, prev: CueHit, hit: CueHit) -> bool:
    """*hit* is what the accusation cue *prev* alleges ("accuses Khartoum of arming
    the rebels", "accused of violating the ceasefire"): the accused's alleged act,
    which the accuser does not do."""
    return prev.cue.cameo.startswith("112") and bool(_OF_GAP.fullmatch(text, prev.end, hit.start))


_DEMANDED = _rule_cue("asked the other side to … (demand)", "demand", "10", -5.0)
#: states and their organs, whom a side asks as a party, not as a go-between
_PARTY_KINDS = frozenset({"state", "government", "ministry", "person", "military"})


def _asked_of_opponent(lex, text, hit, cue, agent, mentions, s1) -> bool:
    """A plain appeal (CAMEO 02: "asked", "urged", "called on") addressed to a state
    or official of another side, for anything but talks ("urged China to investigate",
    "asked Colombia to reveal …"), is a demand; one to a body such as the UN or
    OSCE, or for talks, a visit or cooperation (wordlist ``asked_for_talks``), stays an appeal."""
    if cue.stance != "appeal" or cue.cameo != "02":
        return False
    whom = named_after(text, hit.end, mentions)
    if whom is None or whom.kind not in _PARTY_KINDS or not whom.side or whom.side == agent.side:
        return False
    talks = lex.words.get("asked_for_talks", ())
    return not any(w in talks for w in re.findall(r"[a-z]+", text[whom.end:s1].lower()))


def _one_per_agent(results: list[dict]) -> list[dict]:
    """One stance per agent and segment: the first strong cue wins."""
    out, seen = [], set()
    weak = {"statement", "consider"}
    for r in sorted(results, key=lambda r: (r["seg"], r["cue"].stance in weak, r["hit"].start)):
        key = (r["seg"], r["hit"].resumed, r["mention"].side)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def _evaluate(text, a, b):
    """ "described X as 'unfriendly'": criticism, praise or a plain statement by
    the tone (VADER) of what follows."""
    v = scores(text[a:b])[2]
    return _HOSTILE if v <= -0.2 else _PRAISE if v >= 0.2 else _STATEMENT


_CLAIM_VERB = re.compile(r"claim(?:s|ed|ing)?$", re.IGNORECASE)
#: what is claimed that is no title or version: "claimed responsibility", "claims credit"
CLAIMED_FOR = "responsibility|credit"
_STANDING = re.compile(r"says?$", re.IGNORECASE)
_NOT_STANDING = re.compile(r"\b(?:to|would|will|could|can|did|does|do|not|n’t|n't|might|may)\s+$", re.IGNORECASE)


def position_verb(text: str, verb: re.Match) -> bool:
    """A plain report whose verb makes it a side's standing position, not a remark:
    "claims" (a thing, "claims the islands", or a version of events, "claimed that
    Kyrgyz troops fired first"; not "claimed responsibility"), or "says" in the
    present tense ("Cairo says the area is Egyptian", "The Tajik authorities say
    Uzbekistan holds up the trains"): insistence on that version."""
    word = verb.group(0)
    if _CLAIM_VERB.match(word):
        return not re.match(r"\s+(?:" + CLAIMED_FOR + r")\b", text[verb.end():verb.end() + 20])
    return bool(_STANDING.match(word)) and not _NOT_STANDING.search(text, max(0, verb.start() - 12), verb.start())


def _hostile_speech(text, segs, subjects, found, reported, mentions=None, lex=None) -> list[dict]:
    out = []
    sides = {r["mention"].side for r in found}
    for j, seg in enumerate(segs[:-1]):
        sp = lex.say_re.search(text, seg.start, seg.end) if lex is not None and lex.say_re else None
        if not sp or segs[j + 1].opener != "that":
            continue
        if seg.opener in RELATIVE and mentions is not None:
            ante = _antecedent(text, j, segs, mentions)  # "Gazprom, which …, warned that"
            who = [ante] if ante is not None else []
        else:
            who = sorted((m for m in subjects if seg.start <= m.start < sp.start() and not m.reciprocal),
                         key=lambda m: m.start)
            comma = text.rfind(",", seg.start, sp.start())  # "Days before the Russian-Ukrainian summit,
            who = [m for m in who if m.start > comma] or who  # Ukraine's premier said that …"
        if not who or who[0].side in sides:
            continue
        end = _scope_end(text, segs[j + 1].start, segs[-1].end)
        acc = lex.accusation_re if lex is not None else None
        hostile = scores(text[segs[j + 1].start:end])[2] <= -0.1 or (
            acc is not None and acc.search(text, segs[j + 1].start, end))
        cue = _HOSTILE if hostile else CLAIM if position_verb(text, sp) else _STATEMENT
        hit = CueHit(sp.start(), sp.end(), cue)
        out.append({"mention": who[0], "hit": hit, "cue": cue, "seg": j, "hedged": False,
                    "reported": True, "scope": (seg.start, end), "frame": False})
        sides.add(who[0].side)
    return out


_PARTICIPLE_NEXT = re.compile(r"\s+(?:at|in|on|during|by|with|under|last|earlier)\b")


#: a past participle: regular, or one of the irregular ones of the cues ("the plan put forward by Tokyo")
PARTICIPLE = re.compile(r"\w+ed|put|made|held|taken|given|sent|set|laid|brought|drawn|shown|won|struck|"
                        r"broken|thrown|spoken|undertaken|withdrawn|upheld|overturned")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:[a-z]+ly\s+|also\s+|not\s+)?$")
#: "… by (the)": the agent of a participle follows
BY = re.compile(r"\s+(?:[a-z]+ly\s+)?by\s+(?:the\s+)?")
_TITLES_ONLY = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,4}")


def named_after(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """The actor named right after *pos*, an article and titles aside: the agent after
    "… by", "summoned to the Japanese Foreign Ministry"."""
    return next((x for x in mentions if x.start >= pos and x.role not in ("place", "source")
                 and _TITLES_ONLY.fullmatch(text, pos, x.start)), None)


def _by_agent(text: str, hit: CueHit, mentions: list[Mention]) -> bool:
    """*hit* is a participle whose agent is named after "by": "the plan tabled by
    Tokyo" is Tokyo's act (rules.owned_act), not the clause subject's."""
    if not PARTICIPLE.fullmatch(text[hit.start:hit.end].split()[0].lower()) or _BE_BEFORE.search(
            text, max(0, hit.start - 30), hit.start):
        return False  # "was rebuffed by Minsk": a passive verb, whose agent the clause rules find
    by = BY.match(text, hit.end)
    return by is not None and named_after(text, by.end(), mentions) is not None


def _participle(text, hit, seg) -> bool:
    """ "the measures agreed at a meeting": a participle after a noun modifies
    it and asserts nothing; "relations which both capitals hoped would settle":
    a hope, not an act."""
    first = text[hit.start:hit.end].split()[0].lower()
    before = re.findall(r"[\w’'\-]+", text[max(seg.start, hit.start - 40):hit.start])
    if (len(before) > 1 and before[-1].lower() in ("would", "will", "could", "might", "may")
            and re.match(r"(?:hopes?|hoped|expects?|expected|thinks?|thought|believes?|believed|"
                         r"fears?|feared|wants?|wanted|wish(?:es|ed)?)$", before[-2].lower())):
        return True
    if not first.endswith(("ed", "ing")) or hit.cue.form != "verb" or not before:
        return False
    prev = before[-1]
    if "," in text[max(seg.start, hit.start - 40):hit.start].rsplit(prev, 1)[-1]:
        return False  # "the department, warned": a new verb, not a modifier
    return (prev.islower() and prev not in FUNCTION_WORDS and prev not in PREPOSITIONS
            and not prev.endswith(("ly", "self", "selves")) and prev not in ("who", "which", "that", "it", "they", "he", "she")
            and _PARTICIPLE_NEXT.match(text, hit.end) is not None
            and not re.match(r"\s+by\b", text[hit.end:hit.end + 4]))


def _demanded_of(lex, text, si, segs, subjects, agents) -> bool:
    """ "claiming that Kyiv is required to pay …": what a speaker says
    another side must do is the speaker's demand, not that side's act."""
    speaker = _speaker(lex, text, si, segs, subjects, any_frame=True)
    return bool(speaker) and speaker[0].side not in {a.side for a in agents}


def negated(lex, text: str, a: int, b: int):
    """The negation (negation list of wordlists.csv) ending text[a:b], if any; none
    when a verb of stopping (the ``cessation`` list) stands between it and the cue:
    "will not halt the talks" continues them."""
    neg = lex.negation_re.search(text[a:b]) if lex.negation_re is not None else None
    return None if neg is not None and stops(lex, _words(neg.group(0), 0, len(neg.group(0)))) else neg


def stops(lex, words: list[str]) -> bool:
    """Whether *words* hold a verb of stopping (the ``cessation`` list of
    wordlists.csv), whose negation continues what it would stop."""
    return not lex.words.get("cessation", frozenset()).isdisjoint(words)


def _feared(lex, text, segs, si, subjects) -> bool:
    """ "warning that a stronger China could threaten …": what a warning or a fear
    says another side might do is not that side's stance."""
    if not (segs[si].opener == "that" and si > 0
            and lex.fears_re is not None
            and lex.fears_re.search(text[segs[si - 1].start:segs[si].start]) is not None):
        return False
    inner = sorted((m for m in subjects if segs[si].start <= m.start < segs[si].end), key=lambda m: m.start)
    outer = sorted((m for m in subjects if segs[si - 1].start <= m.start < segs[si - 1].end),
                   key=lambda m: m.start)
    return bool(inner and outer and inner[0].side != outer[0].side)


def _hypothetical(segs, si) -> bool:
    for j in range(si, -1, -1):
        op = segs[j].opener
        if op in HYPOTHETICAL:
            return True
        if op in ("", ";", "(", ")") or op.startswith(("and", "but")):
            return False
    return False


_DATES_ADVERBS = re.compile(r"(?:\s*(?:on|in|at|last|this|early|late|repeatedly|again|also|publicly|"
                            r"privately|openly|bluntly|[A-Z][a-z]+|\d+|,))*\s*")


def _reported_position(lex, text, hit, si, segs, subjects):
    """ "said that the peacekeepers would not leave", "insists that the fleet must
    leave", "“Belarus will never …,” he told reporters": a modal position inside
    a reported complement or a quotation belongs to the speaker."""
    quoted = _quote_speaker(lex, text, hit, segs, subjects)
    if quoted is not None:
        return quoted
    if segs[si].opener != "that":
        return None
    return _speaker(lex, text, si, segs, subjects, any_frame=True)


_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"")
#: a copula before a cue: the cue is a predicate ("the minister's trip was “quite unacceptable”"),
#: judged by the speaker of the quotation or "that" clause (:func:`_reported_position`)
_PREDICATE = re.compile(r"\b(?:is|was|are|were|be|been|remains?|remained)\s+(?:[“\"]?\w+ly\s+)?"
                        r"(?:\w+\s+(?:and|or)\s+)?[“\"]?$")  # "are illegal and invalid"


def _quote_speaker(lex, text, hit, segs, subjects):
    s0, s1 = segs[0].start, segs[-1].end
    for q in _QUOTE.finditer(text, s0, s1):
        if not (q.start() < hit.start < q.end()):
            continue
        after = lex.frame_re.search(text, q.end(), min(s1, q.end() + 40)) if lex.frame_re else None
        if after:  # “…,” he told reporters
            who = [m for m in subjects if q.end() <= m.start < after.start()]
            if who:
                return who[:1]
        return None
    return None


def _complement_subject(text, hit, si, segs, subjects):
    """ "X warned that Russia would …" with X unknown: the complement's subject."""
    if si + 1 >= len(segs) or segs[si + 1].opener != "that":
        return None
    if not _DATES_ADVERBS.fullmatch(text[hit.end:segs[si + 1].start]):
        return None
    nxt = segs[si + 1]
    cands = sorted((m for m in subjects if nxt.start <= m.start < nxt.end and not m.reciprocal),
                   key=lambda m: m.start)
    if cands and not _words(text, nxt.start, cands[0].start)[1:]:
        return cands[:1]
    return None


DETERMINERS = frozenset("the a an this that these those its their his her our any no such every each "
                        "another".split())


_NOUN_NEXT = re.compile(r"^(?:\s+(?:of|for|from|and|or|but|over|between|about|were|are|have|had|will|would|was|is)\b"
                        r"|\s*[,.;:()–—\"”])")


def _used_as_noun(lex, text, s0, hit) -> bool:
    """A verb cue used as a noun: "that Russian offer", "Moscow's support",
    "the economic blockade", "security guarantees (…)"."""
    first = text[hit.start:hit.end].split()[0].lower()
    before = text[max(s0, hit.start - 60):hit.start].rstrip()
    if re.search(r"(?:’s|'s|s’|s')$", before):
        return True
    if hit.end - hit.start == len(first) and first.endswith("s") and not first.endswith("ss"):
        # bare -s form: a plural noun when what follows cannot follow a verb
        if _NOUN_NEXT.match(text[hit.end:hit.end + 30]):
            return True
    words = re.findall(r"[\w’'.\-]+", before)
    if first.endswith("ing") and words:
        # "cooperation on early warning", "the signing of": a gerund after a
        # preposition names a thing ("by supporting" keeps its subject)
        w1 = words[-1].lower()
        w2 = words[-2].lower() if len(words) > 1 else ""
        if (w1 in PREPOSITIONS and w1 != "by") or (w1.islower() and w1 not in FUNCTION_WORDS
                                                  and w2 in PREPOSITIONS and w2 != "by"):
            return True
    while words and (words[-1] in lex.demonyms or words[-1].isdigit()):
        words.pop()
    if words and words[-1].lower() in DETERMINERS:
        return True
    if words and words[-1].lower() in PREPOSITIONS and words[-1].lower() not in ("to", "by"):
        return True  # "counting on Russian support"
    # one adjective between a determiner and the word: "the economic blockade"
    return (len(words) >= 2 and words[-2].lower() in DETERMINERS - {"that"} and words[-1].islower()
            and words[-1] not in FUNCTION_WORDS and not first.endswith(("s", "ed", "ing")))


def _verb_agent(lex, text, hit, si, segs, subjects, mentions, agent_of_seg):
    """Who does the verb cue *hit*: a resumed subject, a relative clause's
    antecedent, a passive's "by" agent, the clause's subjects (:func:`_subjects_of`),
    or the subject of the clause before when only function words intervene."""
    seg = segs[si]
    caused = _caused_agent(lex, text, hit, mentions)
    if caused:
        return caused
    words_before = _words(text, seg.start, hit.start)
    resumed = _resumed_subject(text, hit, si, segs, mentions)
    if resumed is not None:
        hit.resumed = True
        return resumed
    if seg.opener in RELATIVE:
        ante = _antecedent(text, si, segs, mentions)
        own = [m for m in subjects if seg.start <= m.start < hit.start]
        if ante is not None and not (own and seg.opener in ("which", "whom")):
            group = _group_of(mentions, ante)
            return group if len(group) > 1 else _with_conjoined(text, ante, mentions)
    passive = _passive_agents(text, hit, seg, words_before, mentions)
    if passive is not None:
        return passive or None
    # not an owner inside a prepositional phrase: "Puzzled by Kabul's stance, the
    # Dushanbe government warned"
    cands = sorted((m for m in subjects if seg.start <= m.start < hit.start
                    and not (m.possessive and m.after_prep)), key=lambda m: m.start)
    if cands and FIRST_PERSON.intersection(_words(text, cands[-1].end, hit.start)):
        return None  # "Because Russia is violating …, we will ask …": "we", the speaker of the quotation
    if cands:
        cands = _reported_subject(lex, text, hit, cands)
        return _subjects_of(lex, text, si, segs, subjects, mentions, cands)
    # no subject here: inherit from the clause before when only function words intervene
    if FIRST_PERSON.intersection(words_before):
        return None  # "…, we will ask Brussels …": the speaker of the quotation, not the clause before
    content = [w for w in words_before if w not in FUNCTION_WORDS and not w.endswith("ly")]
    if content:
        return _speaker(lex, text, si, segs, subjects, any_frame=True) if seg.opener == "that" else None
    for j in range(si - 1, -1, -1):
        if j in agent_of_seg:
            return agent_of_seg[j]
        prev = sorted((m for m in subjects if segs[j].start <= m.start < segs[j].end), key=lambda m: m.start)
        if prev:  # the first subject, or every side of a group named by the same words
            return None if prev[0].reciprocal else _group_of(prev, prev[0])
        if segs[j].opener in ("(", ")"):
            continue
    return None


_TO_BEFORE = re.compile(r"\sto\s+$")
#: between a subject and its verb in the past: "had", adverbs ("Nazarbaev had already pledged")
_SUBJECT_TO_VERB = re.compile(r"(?:\s+(?:had|has|have|also|already|\w+ly))*\s+")


def _reported_subject(lex, text, hit, cands):
    """ "The spokesman said Nazarbaev pledged to lift the ban": after a verb of
    saying with no "that", a subject right before the cue's verb in the past does
    it, not the speaker (who makes a statement, rules.reported_speech)."""
    say = lex.say_re
    if say is None or len(cands) < 2 or not PARTICIPLE.fullmatch(text[hit.start:hit.end].split()[0].lower()):
        return cands  # an act told in the past, not a state ("the US is determined to", "would")
    last = cands[-1]
    if not _SUBJECT_TO_VERB.fullmatch(text, last.end, hit.start) or last.possessive or last.reciprocal:
        return cands
    if not any(say.fullmatch(w) for w in re.findall(r"[\w’']+", text[cands[0].end:last.start])):
        return cands
    return [last]


def _group_of(mentions: list[Mention], m: Mention) -> list[Mention]:
    """*m* and the mentions on the same words: every side of "the four states"."""
    return [x for x in mentions if (x.start, x.end) == (m.start, m.end)]


def _caused_agent(lex, text, hit, mentions) -> list[Mention]:
    """ "…, leading Lima to recall its envoy": after a verb that
    makes someone act (wordlist ``causative``), the one made to act is the agent."""
    if not _TO_BEFORE.search(text, max(0, hit.start - 12), hit.start):
        return []  # most cues: no "… to" right before them
    made = [m for m in mentions if m.end <= hit.start and m.role not in ("place", "source")
            and re.fullmatch(r"\s+to\s+", text[m.end:hit.start])]
    if not made:
        return []
    prev = [w for w in _words(text, max(0, made[-1].start - 30), made[-1].start) if w != "the"]
    if not prev or prev[-1] not in lex.words.get("causative", ()):
        return []
    return _group_of(mentions, made[-1])


def _passive_agents(text, hit, seg, words_before, mentions):
    """The "by" agents of a passive cue ("was rejected by X", "a draft, reportedly
    endorsed in principle by Russian and Ukrainian diplomats"): a list, [] for a
    passive with no agent named, None when the cue is not passive."""
    first = text[hit.start:hit.end].split()[0].lower()
    core = [w for w in words_before if not (w.endswith("ly") or w in ("also", "already", "now", "later",
                                                                       "since", "then", "not", "never"))]
    if ((hit.cue.form == "verb" or hit.cue.stance in _DEEDS) and first.endswith(("ed", "en", "ot"))
            and core and core[-1] in BE_FORMS | {"been"}):
        by = [m for m in mentions if m.after_prep == "by" and hit.end <= m.start < seg.end + 60]
        return _by_agents(text, by, mentions) if by else []
    if hit.cue.form in ("verb", "phrase") and first.endswith("ed"):
        by = [m for m in mentions if m.after_prep == "by" and hit.end <= m.start <= hit.end + 30
              and re.fullmatch(r"(?:\s+\w+){0,3}\s+by\s+(?:the\s+)?", text[hit.end:m.start])
              and not set(_words(text, hit.end, m.start)[:-2]) & DETERMINERS]  # not "accepted a proposal by X"
        if by:
            return _by_agents(text, by, mentions)
        if _BY_NO_ONE.match(text, hit.end):
            return []  # "…, backed by historical evidence": a participle whose agent is no actor
    return None


#: stances whose past participle after "was" is always a passive, never a state:
#: "were shelled", "was shot down" (unlike "is concerned", "was prepared to")
_DEEDS = frozenset({"use_force", "coerce"})
_BY_NO_ONE = re.compile(r"\s+by\s+(?!(?:the|his|her|its|their|our|a|an)\b)[a-z]")


def _subjects_of(lex, text, si, segs, subjects, mentions, cands):
    """The subjects of a clause, first in *cands*: one actor, or several joined by
    "and" or listed ("Moscow and Minsk accepted it", "Mr Yeltsin's government and its
    allies, Belarus, Armenia and Kazakhstan, signed"); "the two sides"
    inside "X said that …" is X's claim; "neither side" does nothing."""
    lead = cands[0]
    if lead.reciprocal and lead.text.lower().startswith(("neither", "nor")):
        return None
    if lead.reciprocal:
        speaker = _speaker(lex, text, si, segs, subjects, mentions=mentions)
        return speaker or [m for m in cands if m.start == lead.start]
    out, last = _group_of(cands, lead), lead
    for m in cands[len(out):]:
        sep = text[last.end:m.start]
        if m.start > last.end and (
                LIST_SEP.fullmatch(sep) or _LIST_GAP.fullmatch(sep)
                or (m.kind == "person" and _TITLED_GAP.fullmatch(sep))
                or (last.source == "pronoun" and last.possessive and re.fullmatch(r"\s+", sep))):
            if m.side not in {o.side for o in out} and not m.reciprocal:
                out.append(m)
            last = m
        elif m.side == last.side and (_TITLE_CHAIN.fullmatch(sep) or BRACKETED.fullmatch(sep)):
            last = m  # "Japan's Prime Minister Keizo Obuchi and Russia's …", "the Democratic Republic of the Congo (DRC)": one actor
    return out


#: between members of a list of subjects: "Mr Yeltsin's government and its allies,
#: Belarus, Armenia and Kazakhstan, signed", "Moscow and the self-proclaimed republic of Abkhazia"
_LIST_GAP = re.compile(r"(?:’s|'s)?(?:\s+[a-z\-]+){0,3}?(?:\s+of\s+[A-Z][\w\-]+)?"  # "Yeltsin of Russia, Kuchma of …"
                       r"\s*(?:,\s*and|,\s*together\s+with|,|and)\s+"
                       r"(?:(?:the|his|her|its|their)\s+)?(?:[a-z\-]+\s+){0,2}?(?:of\s+)?(?:[a-z\-]+\s*,\s*)?")

#: the same before a titled person: "President Kuchma of Ukraine, President Lukashenko of Belarus"
_TITLED_GAP = re.compile(_LIST_GAP.pattern + r"(?:[A-Z][\w\-]*\.?\s+){1,3}")


def _by_agents(text, by, mentions):
    """The "by" agent and those joined to it: "by Russian and Ukrainian diplomats"."""
    out, last = [by[0]], by[0]
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start > last.end and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", text[last.end:m.start]):
            if m.side not in {o.side for o in out} and m.role not in ("place", "source"):
                out.append(m)
            last = m
    return out


def _resumed_subject(text, hit, si, segs, mentions):
    """ "China, which fears that X …, condemned the speech": a verb right after
    a comma that closes a relative clause belongs to the clause's antecedent."""
    if not re.search(r",\s*(?:\w+ly\s+|has\s+|have\s+|had\s+|also\s+|then\s+)*$",
                     text[max(segs[si].start, hit.start - 40):hit.start]):
        return None
    for j in range(si, 0, -1):
        op = segs[j].opener
        if op in RELATIVE:
            ante = _antecedent(text, j, segs, mentions)
            return _with_conjoined(text, ante, mentions) if ante is not None else None
        if op not in ("that", "and", ",", "when", "whether", "if", "because"):
            return None
    return None


def _with_conjoined(text, ante, mentions):
    """The antecedent with the names joined to it: "Iran and Turkmenistan, which …"."""
    out = [ante]
    first = ante
    for m in sorted(mentions, key=lambda m: -m.start):
        if m.end <= first.start and m.role not in ("place", "source") and re.fullmatch(
                r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", text[m.end:first.start]):
            if m.side not in {o.side for o in out}:
                out.insert(0, m)
            first = m
    return out


def _speaker(lex, text, si, segs, subjects, any_frame=False, mentions=None):
    """The subject of the speech clause that governs "that"-segment *si*."""
    if segs[si].opener not in ("that",):
        return None
    for j in range(si - 1, -1, -1):
        seg = segs[j]
        prev = sorted((m for m in subjects if seg.start <= m.start < seg.end and not m.reciprocal),
                      key=lambda m: m.start)
        if lex.frame_re is not None and lex.frame_re.search(text, seg.start, seg.end):
            if prev:
                return prev[:1]
            if seg.opener in RELATIVE and mentions is not None:
                ante = _antecedent(text, j, segs, mentions)  # "Primakov, who … told reporters"
                if ante is not None:
                    return [ante]
        if seg.opener not in ("that", "and") and not (any_frame and seg.opener in RELATIVE):
            break
    return None


def _antecedent(text, si, segs, mentions):
    """ "The United Nations, which …": the actor just before a relative pronoun."""
    j = si - 1
    if j > 0 and not text[segs[j].start:segs[j].end].strip(" -–—"):
        j -= 1  # "the envoy X -- who is mediating now": a dash before the pronoun
    if j < 0:
        return None
    a = segs[si].start
    before = [m for m in mentions if segs[j].start <= m.start and m.end <= a
              and m.role not in ("place", "source")]
    if not before:
        return None
    last = max(before, key=lambda m: m.end)
    gap = text[last.end:a]
    if re.fullmatch(r"[\s,]*", gap) or re.fullmatch(r"(?:’s|'s)?\s+\w+[\s,]*", gap) \
            or (last.kind == "person" and re.fullmatch(r"(?:\s+(?:al-|el-)?[A-Z][\w\-]*)*\s*(?:--?|–|—)?[\s,]*", gap)):
        return last  # … or the rest of a person's name the mention did not cover, then a dash
    return None


def _agent_after(text: str, hit: CueHit, mentions: list[Mention]) -> list[Mention] | None:
    """The agent a passive cue names after it (cues.csv ``only`` = agent_after): "the
    ambassador was summoned to the Russian Foreign Ministry", "… summoned by Tokyo"."""
    agent = named_after(text, hit.end, mentions)
    return [agent] if agent is not None else None


def _noun_owner(text, hit, seg, mentions, cues, verb_cues):
    word = text[hit.start:hit.end]
    if hit.cue.form == "verb" and word.endswith("ing") and " " not in word:
        nxt = re.match(r"\s+([a-z]+)", text[hit.end:hit.end + 20])
        if nxt and nxt.group(1) not in PREPOSITIONS and nxt.group(1) not in DETERMINERS \
                and nxt.group(1) not in FUNCTION_WORDS:
            return None  # "its negotiating policy": an adjective, no act
    # anaphoric: "that Russian offer", "this Japanese plan"
    before = _words(text, max(seg.start, hit.start - 60), hit.start)
    np = []
    for w in reversed(before):
        if w in PREPOSITIONS or w in ("and", "or", "but", "was", "is", "were", "has", "had"):
            break
        np.append(w)
        if len(np) >= 5:
            break
    if any(w in DEMONSTRATIVES for w in np):
        return None
    # the object of an earlier cue in the same segment: a stance only when it is
    # another side's own position ("rejects Tiraspol's demand for a confederation")
    in_object = any(c.start < hit.start and c.end <= hit.start and c.start >= seg.start for c in cues)
    if in_object and hit.cue.stance not in _OWN_IN_OBJECT:
        return None
    # the subject of a verb cue that follows in the same segment (but not
    # "refusal to accept", where the noun governs the verb)
    if any(c.start > hit.end and c.start < seg.end and not re.fullmatch(r"[”\"’]?\s+to\s+", text[hit.end:c.start])
           for c in verb_cues):
        return None
    owners = [m for m in mentions if m.role not in ("place", "source") and m.end <= hit.start
              and hit.start - m.end <= 40 and m.start >= seg.start]
    owners = [m for m in owners if _only_modifiers(text[m.end:hit.start])]
    if owners:
        owners.sort(key=lambda m: m.start)
        last = owners[-1]
        if last.extras.get("pair"):  # "Russian-Estonian border talks": both of the pair
            return [m for m in mentions if m.extras.get("pair") and text[m.end:last.start] == "-"] + [last]
        return [m for m in owners if m.start == last.start] if last.reciprocal else [last]
    if in_object and hit.cue.stance not in POSITIONS:
        return None
    # "with the strong backing of X"
    if BACKING.search(text[max(seg.start, hit.start - 30):hit.start]):
        of = re.match(r"\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}", text[hit.end:hit.end + 60])
        if of:
            after = [m for m in mentions if hit.end < m.start <= hit.end + of.end() + 40
                     and m.role not in ("place", "source")]
            if after:
                return [min(after, key=lambda m: m.start)]
    # "resistance from Transneft", "support from Moscow"
    frm = re.match(r"\s+from\s+(?:the\s+)?", text[hit.end:hit.end + 30])
    if frm:
        after = [m for m in mentions if m.start == hit.end + frm.end() and m.role not in ("place",)]
        if after:
            return after[:1]
    # "a proposal by Japan"
    by = re.match(r"\s+(?:made\s+|put\s+forward\s+|advanced\s+)?by\s+", text[hit.end:hit.end + 40])
    if by:
        after = [m for m in mentions if m.start == hit.end + by.end()]
        if after:
            return after[:1]
    return None


_MODIFIER = re.compile(r"^(?:’s|'s|’|')?(?:\s+(?:[a-z]+ly|strong|firm|new|latest|own|recent|"
                       r"formal|official|old|earlier|original|initial|long-standing|"
                       r"January|February|March|April|May|June|July|August|September|October|"
                       r"November|December|\d{4}|[a-z]+-[a-z]+|\d+-point|peace|draft|"
                       r"compromise|counter))*\s+$")


def _only_modifiers(between: str) -> bool:
    if _MODIFIER.match(between):
        return True
    # up to three adjectives or dates: "their best", "Moscow’s long-standing"
    m = re.fullmatch(r"(?:’s|'s|’|')?((?:\s+[“\"]?[\w\-]+){1,3})\s+", between)  # "X's “unjustified refusal”"
    if not m:
        return False
    words = m.group(1).split()
    return all((w.islower() and w not in FUNCTION_WORDS and w not in PREPOSITIONS
                and w not in DETERMINERS) or w.isdigit() for w in words)


def _scope_end(text: str, pos: int, s1: int) -> int:
    m = MAJOR_BOUNDARY.search(text, pos, s1)
    return m.start() if m else s1


def _hedged(text, s0, hit, segs, si, hedge_spans, concessive_spans) -> bool:
    end = _scope_end(text, hit.end, segs[-1].end)
    for a, b in hedge_spans:
        if s0 <= a < end and not any(x <= a < y for x, y in concessive_spans):
            return True
    return False


def issue_of(lex: Lexicons, text: str, hit: CueHit, scope: tuple[int, int], s0: int, s1: int,
             previous_in_paragraph: str | None, previous: str | None) -> str:
    if hit.cue.issue:
        return hit.cue.issue
    if lex.issue_re is None:
        return previous_in_paragraph or previous or "relations"
    found = [(m.start(), m.group(0)) for m in lex.issue_re.finditer(text, hit.start, scope[1])]
    if found:
        return _issue(lex, found[0][1])
    if previous_in_paragraph:
        return previous_in_paragraph
    after = [(m.start(), m.group(0)) for m in lex.issue_re.finditer(text, hit.start, s1)]
    if after:
        return _issue(lex, after[0][1])
    before = [(m.start(), m.group(0)) for m in lex.issue_re.finditer(text, s0, hit.start)]
    if before:
        return _issue(lex, before[-1][1])
    return previous or "relations"


def _issue(lex: Lexicons, surface: str) -> str:
    key = " ".join(surface.lower().split())
    return lex.issue_of.get(key, "relations")
