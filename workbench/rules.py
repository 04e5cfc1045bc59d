"""Stance rules as named components.

Each rule is a small documented function that takes the typed context of one
sentence (:class:`Context`) and returns typed :class:`Candidate` stances. The
rules run in the order of :data:`RULES`, after the cue rules of
:func:`workbench.stances.extract`; each sees what the rules before it found
(``ctx.found``), so a later rule can fill only what earlier ones left open.

To add a kind of sentence: write one function, decorate it with ``@rule``, and
give it a test with a real sentence in ``tests/test_rules.py``. Word lists go
in ``data/lexicons/`` (``speech.csv`` for verbs of saying), not here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from . import stances as st
from .lexicons import Cue, Lexicons
from .mentions import POSSESSIVES, QUOTATION, VERBISH, Mention
from .stances import _CLAIM_VERB, CLAIM, _rule_cue, position_verb

SPEECH_STATEMENT = _rule_cue("X said …", "statement", "010", 0.0)
JOINT_ACT = _rule_cue("X and Y … (together)", "consult", "04", 1.0)


@dataclass
class Context:
    """One sentence, text[s0:s1], as the rules see it."""
    lex: Lexicons
    text: str
    sid: int
    s0: int
    s1: int
    mentions: list[Mention]          # every mention in the sentence
    subjects: list[Mention]          # mentions that can act (no places, sources, objects of prepositions)
    segs: list                       # clauses (stances.Segment)
    reported: bool                   # the sentence passes on what others said
    found: list[dict] = field(default_factory=list)  # stances found so far (rows of stances.extract)
    cues: list = field(default_factory=list)         # the sentence's cue hits (stances.CueHit)
    hedges: list = field(default_factory=list)       # spans of hedge words
    concessive: list = field(default_factory=list)   # spans of concessive clauses ("even if …")

    def seg_of(self, pos: int) -> int:
        return next((i for i, s in enumerate(self.segs) if s.start <= pos < s.end), len(self.segs) - 1)

    def sides_found(self) -> set[str]:
        return {r["mention"].side for r in self.found}


@dataclass
class Candidate:
    """A stance a rule proposes: who (mention), on what evidence (cue span)."""
    mention: Mention
    cue: Cue
    start: int          # the evidence span (the verb of saying, the cue)
    end: int
    seg: int
    scope: tuple[int, int]
    hedged: bool = False
    reported: bool = True
    frame: bool = False   # "insists that …": dropped when the complement holds a stance
    hit: object = None    # the lexicon cue hit (stances.CueHit), when a cue gave the stance

    @classmethod
    def from_row(cls, r: dict) -> "Candidate":
        return cls(r["mention"], r["cue"], r["hit"].start, r["hit"].end, r["seg"], r["scope"],
                   hedged=r["hedged"], reported=r["reported"], frame=r.get("frame", False), hit=r["hit"])

    def as_row(self) -> dict:
        hit = self.hit if self.hit is not None else st.CueHit(self.start, self.end, self.cue)
        return {"mention": self.mention, "hit": hit, "cue": self.cue, "seg": self.seg, "hedged": self.hedged,
                "reported": self.reported, "scope": self.scope, "frame": self.frame}


Rule = Callable[[Context], list[Candidate]]
#: the rules, in the order they run
RULES: list[Rule] = []


def rule(fn: Rule) -> Rule:
    """Register *fn* as the next rule."""
    RULES.append(fn)
    return fn


def run_rules(ctx: Context) -> list[dict]:
    """Every rule in order; returns the rows they add to ``ctx.found``."""
    added = []
    for fn in RULES:
        for cand in fn(ctx):
            row = {**cand.as_row(), "rule": fn.__name__}
            ctx.found.append(row)
            added.append(row)
    return added


# --- conditions and framing ------------------------------------------------------

@rule
def cue(ctx: Context) -> list[Candidate]:
    """The lexicon's cues (cues.csv, cues_derived.csv), each with the agent the
    clause rules of :mod:`workbench.stances` find for it."""
    return [Candidate.from_row(r) for r in st.cue_rows(ctx)]


#: intent cues (CAMEO 03: "vowed", "pledged", "is ready to"), whose aim decides the act
_INTENT = "03"
#: the speaker's own side as the subject of an obligation: "we need to …", "I must …"
_SELF = re.compile(r"\b(?:we|I)\s+(?:\w+\s+)?$")
#: where the clause of a cue ends: ", but …", ";", a quotation mark
_CLAUSE_END = re.compile(r",\s*(?:but|while|whereas|although|though)\b|;|[“”\"]")


@rule
def intent_aim(ctx: Context) -> list[Candidate]:
    """An intent or support is as cooperative as its aim: "vowed to step up the blockade",
    "stands ready to fight for the islands" and "supports taking measures to pressure
    Riga" threaten (an aim from the ``hostile_aim`` list
    of wordlists.csv within the next eight words of the clause, or a ``hostile_measure``:
    "vowed to take measures against Minsk"). It rewrites the
    cue rows of verbs and phrases; it adds none."""
    aims = ctx.lex.words.get("hostile_aim", frozenset())
    for r in ctx.found:
        hit = r["hit"]
        if (r["cue"].cameo != _INTENT and r["cue"].stance != "endorse") or hit.cue.form == "noun":
            continue  # "their best guarantee against an offensive" is no intent
        end = _AIM_END.search(ctx.text, hit.end, ctx.s1)
        stop = end.start() if end else ctx.s1
        measure = ctx.lex.measure_re  # "vowed to take measures against Minsk"
        if not aims.isdisjoint(st._words(ctx.text, hit.end, stop)[:8]) or (
                measure is not None and measure.search(ctx.text, hit.end, min(stop, hit.end + 80))):
            r["cue"] = st._THREAT
    return []


#: where an aim ends: the clause's end, or a time ("championed the format after the attacks")
_AIM_END = re.compile(_CLAUSE_END.pattern + r"|\b(?:after|before|since|during|following|when|while)\b")
_OWNED = re.compile(r"(?:’s|'s|’|')\s+(?:[a-z]+\s+){0,2}$")


@rule
def owned_act(ctx: Context) -> list[Candidate]:
    """A cue whose owner the text names around it, inside another clause: "a ceasefire
    proposed by the mediators", "the plan …, which was approved by Tokyo",
    "Moscow has turned down Tokyo's offer to hold talks". It is a stance of the
    owner's side when that side has none yet in the sentence."""
    out, have = [], ctx.sides_found()
    for hit in ctx.cues:
        if hit.cue.stance in ("statement", "evaluate"):
            continue
        owner = _owner_by(ctx, hit) or _owner_before(ctx, hit)
        for who in [owner] if owner is not None else _owners_from(ctx, hit):
            if not who.side or who.side in have:
                continue
            have.add(who.side)
            si = ctx.seg_of(hit.start)
            out.append(Candidate(who, hit.cue, hit.start, hit.end, si, (ctx.segs[si].start, ctx.s1),
                                 reported=ctx.reported, hit=hit))
    return out


#: a noun cue and who sent it: "requests from Peru and Chile", "a proposal from
#: foreign minister X" (an article and a few title words between)
_FROM = re.compile(r"\s+from\s+")
_SENDER_TITLE = re.compile(r"(?:the\s+)?(?:[A-Za-z][\w.\-]*\s+){0,3}")


def _owners_from(ctx: Context, hit) -> list[Mention]:
    """ "welcomed requests from Peru and Chile for arbitration": the senders of a
    noun cue named after "from" (never of a verb: "demands from Kiev a payment")."""
    if hit.cue.form != "noun" and not st._used_as_noun(ctx.lex, ctx.text, ctx.s0, hit) \
            or any(r.get("hit") is hit and r["mention"].start < hit.start for r in ctx.found) \
            or ctx.segs[ctx.seg_of(hit.start)].opener in st.HYPOTHETICAL:
        return []  # a verb whose subject acts ("Moscow demands from Kiev a payment"), or "… if it gets a request from X"
    m = _FROM.match(ctx.text, hit.end, ctx.s1)
    if m is None:
        return []
    first = next((x for x in sorted(ctx.mentions, key=lambda x: x.start) if x.start >= m.end()
                  and x.role != "source" and _SENDER_TITLE.fullmatch(ctx.text, m.end(), x.start)), None)
    return st._by_agents(ctx.text, [first], ctx.mentions) if first is not None else []


#: a noun cue given to someone: "was given a note of protest (by …)"
_GIVEN = re.compile(r"\b(?:was|were|been|being)\s+(?:handed|given|sent|delivered|presented\s+with)\s+(?:a|an|the)\s+"
                    r"(?:[a-z\-]+\s+)?$")


def _owner_by(ctx: Context, hit) -> Mention | None:
    """ "offered by Mr Kabila": the agent of a participle, or of a noun given by
    someone ("was given a note of protest by the Foreign Ministry")."""
    m = st.BY.match(ctx.text, hit.end, ctx.s1)
    passive_noun = hit.cue.form == "noun" and _GIVEN.search(ctx.text, max(ctx.s0, hit.start - 40), hit.start)
    participle = st.PARTICIPLE.fullmatch(ctx.text[hit.start:hit.end].split()[0].lower())  # "scoffed at by"
    if not m or not (participle or passive_noun):
        return None
    return st.named_after(ctx.text, m.end(), ctx.mentions)


def _owner_before(ctx: Context, hit) -> Mention | None:
    """ "Chen Shui-bian's offer": the possessor of a noun cue."""
    if ctx.text[hit.start:hit.end].lower().endswith("ing"):
        return None  # "Belgrade's negotiating team": a modifier, not an act
    if hit.cue.form != "noun" and not st._used_as_noun(ctx.lex, ctx.text, ctx.s0, hit):
        return None
    before = [x for x in ctx.mentions if x.possessive and x.end <= hit.start
              and x.role not in ("place", "source") and x.source != "pronoun"]
    x = max(before, key=lambda x: x.end, default=None)
    return x if x is not None and _OWNED.fullmatch(ctx.text, x.end, hit.start) else None


def _lead(ctx: Context, k: int) -> list[Mention]:
    seg = ctx.segs[k]
    return sorted((m for m in ctx.subjects if seg.start <= m.start < seg.end
                   and not m.reciprocal and not m.possessive), key=lambda m: m.start)


@rule
def condition_demand(ctx: Context) -> list[Candidate]:
    """ "Russia would raise gas prices unless Minsk accepted …", "will only talk
    if Kiev first …": a condition set by an actor on another side is a demand,
    even without a cue of its own."""
    out, segs = [], ctx.segs
    for j, seg in enumerate(segs[1:], 1):
        only_if = seg.opener == "if" and re.search(r"\bonly\b", ctx.text[segs[j - 1].start:segs[j - 1].end])
        if not (seg.opener in ("unless", "until") or only_if) or any(o["seg"] == j for o in ctx.found):
            continue
        k = j - 1
        while k > 0 and segs[k].opener in ("”", "“"):
            k -= 1
        if segs[k].opener in st.RELATIVE:
            continue  # "a plan, which would have postponed … until …": the plan's content
        lead = _lead(ctx, k)
        other = [m for m in ctx.subjects if seg.start <= m.start < seg.end]
        if (lead and other and other[0].side != lead[0].side
                and re.search(r"\b(?:would|will|could|might)\b", ctx.text[segs[k].start:segs[k].end])
                and (only_if or not any(o["seg"] == k and o["mention"].side == lead[0].side for o in ctx.found))
                and not any(c.seg == k and c.mention.side == lead[0].side for c in out)):
            out.append(Candidate(lead[0], st._CONDITION, seg.start, seg.start + len(seg.opener) + 1, j,
                                 (seg.start, seg.end), reported=ctx.reported))
    return out


@rule
def conditional_threat(ctx: Context) -> list[Candidate]:
    """ "Russia might review its deployments if the alliance moved further east":
    a hostile consequence set on another side's act is a threat (hedged)."""
    out, segs = [], ctx.segs
    for j, seg in enumerate(segs[1:], 1):
        if seg.opener != "if" or any(o["seg"] in (j, j - 1) for o in ctx.found) \
                or any(c.seg in (j, j - 1) for c in out):
            continue
        lead = _lead(ctx, j - 1)
        other = [m for m in ctx.subjects if seg.start <= m.start < seg.end]
        if (lead and other and other[0].side != lead[0].side and segs[j - 1].opener != "if"
                and re.search(r"\b(?:might|could|would|will|may)\b", ctx.text[segs[j - 1].start:segs[j - 1].end])):
            out.append(Candidate(lead[0], st._THREAT, seg.start, seg.start + 2, j, (segs[j - 1].start, seg.end),
                                 hedged=True, reported=ctx.reported))
    return out


@rule
def refusal_until(ctx: Context) -> list[Candidate]:
    """ "will not … until Tbilisi lifts the blockade": a conflictual stance held
    until another side acts is also a demand on that side."""
    out, segs = [], ctx.segs
    for r in list(ctx.found):
        if r["cue"].goldstein > -1:
            continue
        for j in range(r["seg"] + 1, min(r["seg"] + 3, len(segs))):
            if segs[j].opener in ("until", "unless"):
                side = r["mention"].side
                other = [m for m in ctx.subjects if segs[j].start <= m.start < segs[j].end and m.side != side]
                if other and not any(o["seg"] == j and o["mention"].side == side for o in ctx.found) \
                        and not any(c.seg == j and c.mention.side == side for c in out):
                    out.append(Candidate(r["mention"], st._CONDITION, segs[j].start,
                                         segs[j].start + len(segs[j].opener), j, (segs[j].start, segs[j].end),
                                         hedged=r["hedged"], reported=r["reported"]))
                break
    return out


@rule
def hostile_speech(ctx: Context) -> list[Candidate]:
    """ "was quoted as saying that Russia's conduct was self-defeating": a speaker
    with no cue of its own whose reported words are plainly hostile criticises, or
    demands when they set a condition ("unless Japan drops its claim")."""
    out = []
    for r in st._hostile_speech(ctx.text, ctx.segs, ctx.subjects, ctx.found, ctx.reported, ctx.mentions,
                                ctx.lex):
        cond = ctx.lex.condition_re is not None and ctx.lex.condition_re.search(ctx.text, r["hit"].end,
                                                                                 r["scope"][1])
        cue = what_was_said(ctx, r["hit"].end, r["scope"][1]) if r["cue"] is st._STATEMENT or cond else r["cue"]
        out.append(Candidate(r["mention"], cue, r["hit"].start, r["hit"].end, r["seg"], r["scope"],
                             hedged=r["hedged"], reported=r["reported"]))
    return out


@rule
def complement_carries_position(ctx: Context) -> list[Candidate]:
    """ "insists that X …": the insisting is dropped when its complement holds a
    stance of the same side (a filter: it removes rows, adds none)."""
    found = ctx.found
    found[:] = [r for r in found if not (r["frame"] and any(
        o is not r and o["mention"].side == r["mention"].side and o["seg"] > r["seg"] for o in found))]
    return []


# --- who speaks ---------------------------------------------------------------

_QUOTE_OPEN = "“\""
_INVERTED = re.compile(r"\s*,?\s*(?:(?:the|a|an)\s+)?$")


_CLOSE_QUOTE = re.compile(r"[”\"]|''")


def speaker_of(ctx: Context, v0: int, v1: int, att: tuple | None = None) -> list[Mention]:
    """The speaker of the verb of saying at text[v0:v1]: after a closing quote,
    the name between quote and verb or right after the verb ("“…,” the ministry
    said", "“…,” said Mr Smith"); after a clause and a comma, the name before the
    verb (:func:`_comma_attribution`); otherwise its subject ("the president said",
    "the leader, who …, told reporters", "he said"), else the name right after it
    ("according to Foreign Minister X"). *att*: its :func:`_attribution`, if known."""
    text = ctx.text
    si = ctx.seg_of(v0)
    close, inverted = att or _attribution(ctx, v0, v1)
    if close is not None:
        between = [m for m in ctx.subjects if close.end() <= m.start < v0]
        return between[:1] if between else _named_after(ctx, v1, ctx.s1)
    if inverted is not None:
        return [inverted[0]]
    hit = st.CueHit(v0, v1, SPEECH_STATEMENT)
    who = st._verb_agent(ctx.lex, text, hit, si, ctx.segs, ctx.subjects, ctx.mentions, {})
    if who:
        return [m for m in who if m.side]
    return _named_after(ctx, v1, ctx.segs[si].end)


def _named_after(ctx: Context, v1: int, limit: int) -> list[Mention]:
    """ "said Foreign Minister X", "according to the Foreign Ministry": the actor
    named right after the verb, titles and articles aside."""
    after = sorted((m for m in ctx.mentions if v1 <= m.start < min(limit, v1 + 60)
                    and m.role not in ("place", "source") and m.side), key=lambda m: m.start)
    if after and re.fullmatch(r"[\s,]*(?:(?:the|a|an|its|his|her)\s+)?(?:[A-Za-z\-.]+\s+){0,4}?",
                              ctx.text[v1:after[0].start]) and not VERBISH.match(ctx.text, after[0].end):
        return after[:1]
    return []  # "said Tokyo must wait": Tokyo is the subject of what was said



#: VADER compound of what was said at or above which, with no shortfall word, it is praise
POSITIVE_SAID = 0.5
_NOT = re.compile(r"\b(?:not(?!\s+only\b)|never|no\s+longer|cannot)\b|n[’']t\b", re.I)  # "not only … but": no negation


def _negation_in(lex: Lexicons, text: str, a: int, b: int) -> bool:
    """Whether text[a:b] holds a negation ("not", "never", "n't") that is not one
    of stopping ("and will not halt the talks": the ``cessation`` list)."""
    return any(not st.stops(lex, st._words(text, m.end(), m.end() + 25)[:2])
               for m in _NOT.finditer(text, a, b))


def what_was_said(ctx: Context, a: int, b: int) -> Cue:
    """The class of what a speaker said in text[a:b] (:func:`said_class`)."""
    return said_class(ctx.lex, ctx.text, a, b, ctx.cues)


def said_class(lex: Lexicons, text: str, a: int, b: int, cues) -> Cue:
    """The class of what was said in text[a:b], given the cue hits there: a condition
    set ("unless", "as a precondition"; list ``condition``) is a demand; else the first
    cue (one a speaker lays on someone, "… that Kyiv is required to pay …", is a
    demand; a cooperative one negated, before or after it, a rejection, and one
    beside words of accusation criticism: "the offer lacked sincerity"), else an obligation laid on
    someone ("Greece must drop …") is a demand, a negation a rejection, words of
    title or right ("belong to", "sovereignty over"; wordlists.csv) insistence, hostile
    measures ("sanctions against", list ``hostile_measure``) a threat,
    plainly hostile words or words of accusation ("lied", "laughable") criticism,
    plainly warm words with no shortfall ("no results", "lacked") praise; else a
    statement."""
    if lex.condition_re is not None and lex.condition_re.search(text, a, b):
        return st._CONDITION  # "that unless Japan drops its claim, no treaty will be signed"
    for hit in cues:
        if a <= hit.start < b and hit.cue.stance not in ("statement", "evaluate") \
                and not st.BY.match(text, hit.end, b):  # "the plan was rejected by Tokyo": Tokyo's act
            ob = lex.obligation_before
            obl = ob.search(text, max(a, hit.start - 30), hit.start) if ob is not None else None
            if obl is not None and not _SELF.search(text, a, obl.start()):
                return st._CONDITION
            neg = st.negated(lex, text, max(a, hit.start - 40), hit.start)
            if hit.cue.stance not in st.COOPERATIVE:
                return hit.cue
            end = _CLAUSE_END.search(text, hit.end, b)
            if neg or _negation_in(lex, text, hit.end, end.start() if end else b):
                return st._NEGATED  # "talks … can not be held"
            acc = lex.accusation_re
            return st._HOSTILE if acc is not None and acc.search(text, a, b) else hit.cue
    if lex.obligation_re is not None and any(not _SELF.search(text, a, m.start())
                                             for m in lex.obligation_re.finditer(text, a, b)):
        return st._CONDITION  # but "we need to set a date" binds the speaker
    if _negation_in(lex, text, a, b):
        return st._NEGATED  # "the islands are not up for negotiation", "this is not a concession"
    if lex.claim_re is not None and lex.claim_re.search(text, a, b):
        return CLAIM  # "Tokyo said the four islands belong to Japan"
    if lex.measure_re is not None and lex.measure_re.search(text, a, b):
        return st._THREAT  # "said the government has prepared economic measures against Riga"
    acc = lex.accusation_re
    vader = st.scores(text[a:b])[2]
    if vader <= -0.2 or (acc is not None and acc.search(text, a, b)):
        return st._HOSTILE
    short = lex.shortfall_re
    if vader >= POSITIVE_SAID and not (short is not None and short.search(text, a, b)):
        return st._PRAISE  # "the talks went in a warm and friendly spirit"
    return SPEECH_STATEMENT


@rule
def reported_speech(ctx: Context) -> list[Candidate]:
    """ "X said / told / announced / stressed …": a stance of X's side when
    nothing else in the sentence gave X's side one; what X said gives its class
    (:func:`what_was_said`), a plain statement by default.

    For example "He said the dispute would take years to settle." (the speaker of
    the sentence before); "The Secretary-General announced on Tuesday …";
    "“…,” he said"."""
    if ctx.lex.speech_re is None:
        return []
    out, have = [], ctx.sides_found()
    for m in ctx.lex.speech_re.finditer(ctx.text, ctx.s0, ctx.s1):
        si = ctx.seg_of(m.start())
        att = _attribution(ctx, m.start(), m.end())
        if ctx.segs[si].opener in ("if", "unless", "whether") and att[0] is None:
            continue  # "if he said so" (but "“… see if we have …,” he told reporters" is said)
        cue = None
        for who in speaker_of(ctx, m.start(), m.end(), att):
            if who.side in have or who.reciprocal and who.text.lower().startswith(("neither", "nor")):
                continue
            have.add(who.side)
            if cue is None:
                cue = what_was_said(ctx, *_said_span(ctx, m.start(), m.end(), att))
                if cue is SPEECH_STATEMENT and position_verb(ctx.text, m):
                    cue = CLAIM  # "Kathmandu also claims …", "Hanoi says the reef is Vietnamese"
            out.append(Candidate(who, cue, m.start(), m.end(), si, (ctx.segs[si].start, ctx.s1)))
    return out


#: the auxiliaries that make a clause finite ("is", "would", "must" …)
_AUXILIARY = "is|are|was|were|has|had|have|would|will|could|can|may|might|must|should"
_FINITE_NEXT = re.compile(r"\s+(?:[\w\-’']+\s+){0,4}?(?:\w+ed|" + _AUXILIARY + r")\b")
_NOT_OBJECT = re.compile(r"\s+(?:that|to|it|they|he|she|this|" + st.CLAIMED_FOR + r")\b|\s*[,.;:“\"]")


def _claims_object(text: str, verb: re.Match, group: int = 0) -> bool:
    """ "claims the islands", "claimed sovereignty over …": to claim a thing (not
    "claims that …", "claimed the talks failed") is to insist on a title to it."""
    return bool(_CLAIM_VERB.match(verb.group(group))) and not _NOT_OBJECT.match(text, verb.end(group)) \
        and not _FINITE_NEXT.match(text, verb.end(group))


def _attribution(ctx: Context, v0: int, v1: int) -> tuple[re.Match | None, tuple[Mention, int] | None]:
    """How the verb of saying at text[v0:v1] is attached to what was said: the
    quotation closing just before it, else a clause and a comma before its speaker
    (:func:`_comma_attribution`), else neither: (closing mark, (speaker, comma))."""
    close = _quote_closed_before(ctx, v0)
    return close, (_comma_attribution(ctx, v0, v1) if close is None else None)


def _said_span(ctx: Context, v0: int, v1: int, att: tuple) -> tuple[int, int]:
    """What the verb of saying at text[v0:v1] reports, given its :func:`_attribution`:
    the quotation that ends just before it, the clause before the comma, else the
    rest of the sentence."""
    close, inverted = att
    if close is not None:
        return ctx.s0, close.start()
    if inverted is not None:
        return ctx.s0, inverted[1]
    # "India says the area is Bhutan's, but Beijing says …": what India says ends at the "but"
    end = next((g.start for g in ctx.segs if g.start > v1 and g.opener in _CONTRAST), ctx.s1)
    return v1, end


#: what a speaker says ends at a clause that turns against it: "…, but Beijing says", "…, a
#: charge Moscow denies" (an appositive with a subject of its own opens with "a"/"an")
_CONTRAST = frozenset({"but", "while", "whereas", "a", "an"})


_FINITE = re.compile(r"\b(?:" + _AUXILIARY + r"|did|does|do)\b", re.I)
_TITLED_AFTER_COMMA = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.\-’']*\s+){0,4}(?P<role>[a-z]+\s+)?$")
#: between a demonym speaker and the verb: "a Turkish energy ministry official said"
_ROLE_GAP = re.compile(r"\s+(?:[a-z\-]+\s+){0,2}?([a-z]+)\s+(?:\w+ly\s+)?")


def _comma_attribution(ctx: Context, v0: int, v1: int) -> tuple[Mention, int] | None:
    """ "The arrest was appropriate, Foreign Minister X firmly stated Tuesday.":
    a clause, a comma, the speaker (titles and an adverb aside) and the verb of
    saying with only circumstances after it. (speaker, offset of the comma), or
    None ("On Tuesday, X said the talks …" reports what follows the verb)."""
    text = ctx.text
    before = [m for m in ctx.subjects if ctx.s0 < m.start and m.end <= v0]
    if not before:
        return None
    who = max(before, key=lambda m: m.start)
    if not re.fullmatch(r"\s+(?:\w+ly\s+)?", text[who.end:v0]) and not _role_after(ctx, who, v0):
        return None
    lead = _TITLED_AFTER_COMMA.search(text, max(ctx.s0, who.start - 60), who.start)
    if lead is not None and lead.group("role") and lead.group("role").strip() not in (
            ctx.lex.words["office"] | ctx.lex.words["people"]):
        lead = None  # "…, Foreign Affairs Ministry spokeswoman X said", not "…, but X said"
    if lead is None or not _a_clause(ctx, lead.start()) \
            or _FINITE.search(text, v1, ctx.s1) or re.match(r"\s+that\b", text[v1:v1 + 6]):
        return None
    return who, lead.start()


def _a_clause(ctx: Context, end: int) -> bool:
    """Whether text[s0:end] is a clause: an auxiliary, or a side and its verb
    ("Vietnam wants to deal …")."""
    return bool(_FINITE.search(ctx.text, ctx.s0, end)) or any(
        _clause_verb(ctx.text, m.end, ctx.lex, adjective=m.source == "demonym") is not None
        for m in ctx.subjects if ctx.s0 <= m.start and m.end < end)


def _role_after(ctx: Context, who: Mention, v0: int) -> bool:
    """A demonym, then a role noun of the lexicon's office or people lists, then the
    verb: "a Turkish energy ministry official said" is the Turkish official."""
    gap = _ROLE_GAP.fullmatch(ctx.text, who.end, v0)
    words = ctx.lex.words
    return who.source == "demonym" and gap is not None and (
        gap.group(1) in words["office"] | words["people"] or gap.group(1) in ("official", "source"))


def _quote_closed_before(ctx: Context, v0: int) -> re.Match | None:
    """The closing quotation mark a few words before the verb at *v0* ("…,” the
    minister said"), if any."""
    closes = list(_CLOSE_QUOTE.finditer(ctx.text, max(ctx.s0, v0 - 80), v0))
    if closes and re.fullmatch(r"[\s,]*(?:[\w.\-’']+\s+){0,8}", ctx.text[closes[-1].end():v0]):
        return closes[-1]
    return None


# --- across sentences ---------------------------------------------------------

def quotations(text: str) -> list[tuple[int, int]]:
    """The spans of the article's quotations: those within a paragraph, and those
    that run over paragraphs (:func:`running_quotations`)."""
    running = running_quotations(text)
    inner = [q.span() for q in QUOTATION.finditer(text)
             if not any(a <= q.start() < b for a, b in running)]
    return sorted(inner + running)


_LINE = re.compile(r"[^\n]*\S[^\n]*")


def running_quotations(text: str) -> list[tuple[int, int]]:
    """Quotations over several paragraphs, as wire copy writes them: a paragraph
    that leaves its quotation open, then paragraphs that each open it again, up
    to the one that closes it ("He told the radio: “Staff are locked in. / “We
    shall take this to Brussels.”")."""
    lines = [(m.start(), m.group(0)) for m in _LINE.finditer(text)]
    out, i = [], 0
    while i < len(lines):
        start, line = lines[i]
        left_open = _left_open(line)
        i += 1
        if left_open is None:
            continue
        while i < len(lines) and lines[i][1].lstrip()[:1] in ("“", '"'):
            b, nxt = lines[i]
            i += 1
            closed = _closed_in(nxt)
            if closed is not None:
                out.append((start + left_open, b + closed))
                break
    return out


def _left_open(line: str) -> int | None:
    """Where a quotation opens in *line* that the line does not close, if any."""
    curly = line.rfind("“")
    if curly >= 0 and "”" not in line[curly:]:
        return curly
    return line.rfind('"') if line.count('"') % 2 else None


def _closed_in(line: str) -> int | None:
    """The end of the closing mark in a line that opens with a quotation mark, if
    it closes there."""
    lead = len(line) - len(line.lstrip())
    mark = "”" if line[lead] == "“" else '"'
    end = line.find(mark, lead + 1)
    return end + 1 if end >= 0 else None


def quoted(quotes: list[tuple[int, int]], s0: int, s1: int) -> bool:
    """Whether text[s0:s1] is mostly someone's quoted words (a reported sentence)."""
    return any(min(s1, b) - max(s0, a) >= (s1 - s0) / 2 for a, b in quotes)


def quotation_speakers(text: str, sents: list[tuple[int, int, int]], rows: list[dict],
                       lex: Lexicons | None = None) -> list[dict]:
    """A quotation that runs over several sentences belongs to its speaker: each
    sentence inside it is at least a statement by the speaker's side.

    For example "“We are ready to talk. But not under threats,” he said." The
    speaker is the actor of the stance whose cue stands right after the
    closing quote ("he said") or right before the opening one ("the minister
    said that …, ''we decided …"). A quotation with no speaker of its own that
    follows one with a speaker ("“… unacceptable,” the minister said. “If Tokyo
    wants a treaty, it has to drop its claims.”") goes on in the same voice. What the
    sentence says gives the class (:func:`said_class`)."""
    out, last = [], None  # last: (speaker row, sentence of its quotation's end)
    for qa, qb in quotations(text):
        inside = [i for i, (_, s0, s1) in enumerate(sents, 1) if s0 < qb - 1 and s1 > qa + 1]
        if not inside:
            continue
        spk = _quote_speaker_row(text, rows, inside, qa, qb)
        if spk is None and last is not None and last[1] == inside[0] - 1:
            spk = last[0]  # the same voice goes on
        elif spk is None or len(inside) < 2:
            last = (spk, inside[-1]) if spk is not None else None
            continue
        last = (spk, inside[-1])
        for i in inside:
            p, s0, s1 = sents[i - 1]
            if min(s1, qb) - max(s0, qa) < (s1 - s0) / 2:
                continue  # mostly outside the quotation
            if any(r["sentence"] == i and r["side"] == spk["side"] for r in rows + out):
                continue
            c = said_class(lex, text, s0, s1, st.find_cues(lex, text, s0, s1, [])) if lex is not None \
                else SPEECH_STATEMENT
            stance, cameo, g = c.stance, c.cameo, c.goldstein
            out.append({**spk, "paragraph": p, "sentence": i, "stance": stance, "cameo": cameo,
                        "rule": "quotation_speakers", "goldstein": g, "polarity": 1 if g >= 1 else -1 if g <= -1 else 0,
                        "hedged": False, "reported": True,
                        "cue": text[max(s0, qa):max(s0, qa) + 1], "cue_start": max(s0, qa),
                        "cue_end": max(s0, qa) + 1, "start": s0, "end": s1, "text": text[s0:s1]})
    return out


def _quote_speaker_row(text: str, rows: list[dict], inside: list[int], qa: int, qb: int) -> dict | None:
    """The stance row of a quotation's speaker: the cue right after the closing
    quote (further after an office and a name in apposition: "…,” the head of a
    parliamentary committee, Ivan Petrov, told …"), else right before the opening one."""
    near = [r for r in rows if r["sentence"] in (inside[0], inside[-1])]
    after = [r for r in near if 0 <= r["cue_start"] - qb <= 60
             or (0 <= r["cue_start"] - qb <= 120 and _APPOSED.fullmatch(text, qb, r["cue_start"]))]
    return (min(after, key=lambda r: r["cue_start"], default=None)
            or max((r for r in near if 0 <= qa - r["cue_end"] <= 80), key=lambda r: r["cue_end"], default=None))


#: after a closing quote: "the chairman of …, Name, " before the verb of saying
_APPOSED = re.compile(r"[,\s]*the\s[^.;“”\"]*?,\s*[A-Z][^,;.“”\"]*,\s*")


# --- a side as the subject of a clause ------------------------------------------

#: what may stand before a clause's subject: conjunctions, articles, a date ("On Sunday,")
_DASHES = frozenset({"–", "—", "-", "--"})
_REDUCED_RELATIVE = re.compile(r"[\s–—\-]*(?:a|an)\s+[a-z]+\s+")
_OBJECT_RELATIVE = re.compile(r"[\s,]*(?:which|whom)\s+(?:the\s+)?")
_LEAD_IN = re.compile(r"[\s,“\"]*"
                      # a fronted phrase with no actor in it: "On the ground, the garrison withdrew"
                      r"(?:(?:On|In|At|After|Before|During|Under|With|Without|Despite|Following|Amid)"
                      r"(?:\s+[a-z][\w’'\-]*){1,6},\s+)?"
                      r"(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Hh]owever|[Mm]eanwhile|[Aa]lso|[Tt]hen|[Tt]he|"
                      r"[Oo]n|[Ii]n|[Aa]t|[Ll]ast|[Tt]his|[Ee]arlier|[Ll]ater|[A-Z][a-z]+day|"
                      r"January|February|March|April|May|June|July|August|September|October|November|"
                      r"December|\d+)[\s,.]+)*")
#: between a subject and its verb: auxiliaries, adverbs, dates
_AUX = (r"also|has|have|had|was|were|is|are|will|would|could|can|may|might|should|must|did|does|do|"
        r"not|never|already|now|then|later|again|still|yesterday|today|on\s+\w+day|last\s+\w+|\w+ly")
_TO_VERB = re.compile(rf"(?:\s*,?\s*(?:{_AUX})\b)*\s+([a-z]+)\b")
_AUX_WORDS = st.AUX_WORDS


def _clause_verb(text: str, pos: int, lex: Lexicons, adjective: bool = False) -> re.Match | None:
    """The finite verb of an action right after a subject ending at *pos*
    ("cancelled", "interprets", "has decided"); None for "is", "has", "never
    signed" (a state or a fact, not an act). After an *adjective* (a demonym)
    a word in -s is a plural noun unless the lexicon knows it as a verb or a
    determiner follows it ("Japanese actions can …", but "Moscow reads" and
    "Russian sees that step as …")."""
    m = _TO_VERB.match(text, pos)
    if m is None or re.search(r"\bnever\b", text[pos:m.start(1)]):
        return None
    word = m.group(1)
    if set(text[pos:m.start(1)].lower().split()) & {"is", "are", "was", "were", "been", "be"}:
        return None  # "the president was asked", "are caught up in a quarrel": done to, not done by
    if word in st.FUNCTION_WORDS or word in _AUX_WORDS or (len(word) < 4 and word not in lex.act_verbs):
        return None
    if word in lex.verb_forms or word in lex.act_verbs or word.endswith("ed") or (
            word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))
            and (not adjective or st._next_word(text, m.end(1)) in st.DETERMINERS)):
        return m
    return None


@rule
def fronted_participle(ctx: Context) -> list[Candidate]:
    """An -ing clause that opens the sentence has the main clause's subject:
    "Days after banning Moldovan brandy, Moscow moved …", "Lodging a protest,
    Tokyo said …": the cue in it is that subject's act."""
    used = {id(r["hit"]) for r in ctx.found}
    for h in ctx.cues:
        word = ctx.text[h.start:h.end].split()[0]
        if id(h) in used or not word.endswith("ing") or h.cue.form == "noun" \
                or not _FRONTED_ING.fullmatch(ctx.text, ctx.s0, h.start):
            continue
        comma = ctx.text.find(",", h.end, ctx.s1)
        subj = [m for m in ctx.subjects if m.start > comma and not m.possessive] if comma > 0 else []
        if not subj or not _LEAD_IN.fullmatch(ctx.text, comma + 1, subj[0].start) \
                or _clause_verb(ctx.text, subj[0].end, ctx.lex) is None:
            return []
        seg = ctx.seg_of(h.start)
        return [Candidate(subj[0], h.cue, h.start, h.end, seg, (ctx.s0, comma), hit=h, reported=ctx.reported)]
    return []


#: what may open a sentence before its -ing clause: "Just weeks after", "After", "While", nothing
_FRONTED_ING = re.compile(r"(?:[^–—\n]{0,40}?(?:--|–|—)\s*)?"  # a dateline: "April 18, 2006 -- "
                          r"[\s“\"]*(?:(?:[A-Za-z]+\s+){0,3}(?:after|before|while|since|upon|on|by)\s+)?",
                          re.IGNORECASE)


@rule
def subject_acts(ctx: Context) -> list[Candidate]:
    """A side that is the subject of a clause whose verb no cue knows ("Moscow
    cancelled an agreement", "Astana reads the 1994 treaty differently", "On
    Sunday, the envoy met …"): a stance of that side, its class from what the clause
    says (:func:`what_was_said`)."""
    out, have = [], ctx.sides_found()
    for si, seg in enumerate(ctx.segs):
        if seg.opener in st.HYPOTHETICAL or seg.opener in ("that", "because", "as"):
            continue
        subj = sorted((m for m in ctx.subjects if seg.start <= m.start < seg.end), key=lambda m: m.start)
        if not subj or subj[0].possessive:
            continue
        lead = subj[0]
        last = _last_joined(ctx.text, lead, subj[1:])  # "Russia and Japan on Monday failed …": the verb follows it
        group = [m for m in subj if lead.start <= m.start <= last.start]
        if _told_by_other_side(ctx, lead, {m.side for m in group}):
            continue
        # "… islets, which Beijing claims as Chinese": a relative clause with a subject of its own
        lead_in = _OBJECT_RELATIVE if seg.opener in st.RELATIVE else _LEAD_IN
        if not lead_in.fullmatch(ctx.text, seg.start, lead.start):
            # "– a step Nairobi has called unlawful": a noun after a dash, then its relative clause
            if not (seg.opener in _DASHES and _REDUCED_RELATIVE.fullmatch(ctx.text, seg.start, lead.start)):
                continue
            lead_in = _OBJECT_RELATIVE
        verb = _clause_verb(ctx.text, last.end, ctx.lex, adjective=last.source == "demonym")
        if verb is None or verb.start(1) >= seg.end:
            continue
        cue = what_was_said(ctx, verb.start(1), _consequence_start(ctx, verb.end(1), seg.end))
        if _claims_object(ctx.text, verb, 1):
            cue = CLAIM  # "Kathmandu also claims the strategic areas of Kalapani"
        if cue is SPEECH_STATEMENT and lead_in is _OBJECT_RELATIVE:
            continue  # "…, which they guarded for a decade": background, not a position
        if cue is SPEECH_STATEMENT and len({m.side for m in group}) > 1:
            cue = JOINT_ACT  # "India and Pakistan failed to resolve …": they met
        for who in group:
            if who.side in have or who.text.lower().startswith(("neither", "nor")):
                continue
            have.add(who.side)
            out.append(Candidate(who, cue, verb.start(1), verb.end(1), si, (seg.start, seg.end),
                                 reported=ctx.reported))
    return out


#: between the subjects of one clause: "Russia and Japan", "Belarus, Ukraine and Russia"
_JOINED = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?")


def _last_joined(text: str, lead: Mention, later: list[Mention]) -> Mention:
    """The last of the subjects joined to *lead* by commas and "and" (or named by
    the same words): "Belarus, Ukraine and Russia"."""
    last = lead
    for m in later:
        if _JOINED.fullmatch(text, last.end, m.start) or m.start == last.start:
            last = m
    return last


def _told_by_other_side(ctx: Context, lead: Mention, sides: set) -> bool:
    """ "Turkmenistan has violated the contract, an Iranian official said": the
    clause before the comma is what another side's speaker alleges, not an act of
    its subject. Not so when the speaker's side is among the clause's subjects
    (*sides*): "A and B continue consultations, B's ambassador said" is a joint act."""
    return any(r["rule"] == "reported_speech" and r["mention"].side not in sides
               and lead.end < r["mention"].start and "," in ctx.text[lead.end:r["mention"].start]
               and r["mention"].start < r["hit"].start for r in ctx.found)


def _consequence_start(ctx: Context, a: int, b: int) -> int:
    """Where a clause's own words end before what it made others do: ", prompting
    Seoul to summon …" (wordlist ``causative``), else *b*."""
    causes = ctx.lex.words.get("causative", ())
    for m in re.finditer(r",\s+([a-z]+)\b", ctx.text[a:b]):
        if m.group(1) in causes:
            return a + m.start()
    return b


_ADVERBIAL = re.compile(r"\b(?:[Aa]fter|[Ff]ollowing|[Dd]uring|[Bb]efore|out\s+of|emerged\s+from)\s+"
                        r"(?:the\s+|a\s+|his\s+|her\s+)?"
                        r"(?:[\w\-]+\s+){0,2}$")
_ATTENDED = re.compile(r"(?:\s+[\w\-]+){0,3}?\s+attended\s+by\b")
_AFTER_WITH = re.compile(r"\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:[\w\-]+\s+){0,3}?")
_PARTNER_GAP = re.compile(r"(?:\s+[\w\-]+){0,4}?\s+(?:with|attended\s+by(?:\s+both)?|between)\s+"
                          r"(?:the\s+|his\s+|her\s+|its\s+)?(?:[\w\-]+\s+){0,3}?")
#: a meeting noun and who met: "talks between A and B", "a meeting of A and B delegations"
_BETWEEN = re.compile(r"\s+(?:between|of)\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}?"
                      r"(?:(?:[A-Z][a-z]+\s+){1,3}of\s+(?:the\s+)?)?(?=[A-Z])")  # "the Prime Ministers of A and B"


def _joint_start(ctx: Context, hit) -> int | None:
    """Where the parties of a meeting noun begin when "between" or "of" and two
    parties joined by "and" follow it ("Last-day talks between A and B", "a
    meeting of senior A and B delegations"): each party consults; else None."""
    m = _BETWEEN.match(ctx.text, hit.end) if hit.cue.form == "noun" else None
    return m.end() if m is not None and len(_partners(ctx, hit, m.end())) > 1 else None


@rule
def meeting_partner(ctx: Context) -> list[Candidate]:
    """A meeting, a signing or an agreement takes two: "X met / held talks with Y",
    "X signed with Y a protocol", "X agreed with Y to …", "emerged from talks with
    his Ukrainian counterpart", "After talks in Tokyo with Russian Foreign Minister
    Igor Ivanov, …", "a meeting attended by both Yeltsin and Obuchi" is a
    consultation by each partner's side as well as X's."""
    out, have = [], ctx.sides_found()
    used = {id(r["hit"]) for r in ctx.found}
    meetings = [(r["hit"], r["cue"], r["seg"], r["scope"], r["reported"], _joint_start(ctx, r["hit"]))
                for r in ctx.found
                if r["cue"].stance == "consult" or r["cue"].pattern.startswith(_SIGNING)  # "signed with Y a …"
                or (r["cue"].pattern == "agree" and _WITH.match(ctx.text, r["hit"].end))]  # "agreed with Y to …"
    # a meeting no one was given: "After talks in Tokyo with X, …", "a meeting attended by A and B"
    for h in ctx.cues:
        if h.cue.stance != "consult" or id(h) in used:
            continue
        joint = _joint_start(ctx, h)
        if joint is not None or _ADVERBIAL.search(ctx.text, max(ctx.s0, h.start - 30), h.start) \
                or _ATTENDED.match(ctx.text, h.end):
            seg = ctx.seg_of(h.start)
            meetings.append((h, h.cue, seg, (ctx.segs[seg].start, ctx.s1), ctx.reported, joint))
    for hit, cue_, seg, scope, reported, joint in meetings:
        for m in _partners(ctx, hit, joint):
            if m.side not in have:
                have.add(m.side)
                out.append(Candidate(m, cue_, hit.start, hit.end, seg, scope, reported=reported))
    return out


@rule
def meeting_of_parties(ctx: Context) -> list[Candidate]:
    """A meeting noun that is no cue, with its parties right after it ("a
    delayed meeting of A and B delegations", "the summit between A and B"): a
    consultation by each party's side (wordlist ``meeting_noun``). Not a meeting
    another side's act is about ("X proposed a meeting of A and B")."""
    out, have = [], ctx.sides_found()
    for w in ctx.lex.meeting_re.finditer(ctx.text, ctx.s0, ctx.s1) if ctx.lex.meeting_re else ():
        hit = st.CueHit(w.start(), w.end(), JOINT_ACT)
        if any((c.start, c.end) != (hit.start, hit.end) and c.start <= hit.start <= c.end + 25 for c in ctx.cues):
            continue  # "hold a meeting of A and B", "proposed a meeting of …": that cue's object
        between = _BETWEEN.match(ctx.text, hit.end)
        parties = _partners(ctx, hit, between.end()) if between else []
        if len({m.side for m in parties}) < 2:
            continue
        seg = ctx.seg_of(hit.start)
        for m in parties:
            if m.side not in have:
                have.add(m.side)
                out.append(Candidate(m, JOINT_ACT, hit.start, hit.end, seg, (ctx.segs[seg].start, ctx.s1),
                                     reported=ctx.reported))
    return out


#: a signing takes two, a ratification one: "signed with Y", not "ratified the treaty with Y"
_SIGNING = ("sign", "enter into")
_WITH = re.compile(r"\s+with\b")


def _partners(ctx: Context, hit, first_at: int | None = None) -> list[Mention]:
    """The actors named after "with", "attended by (both)" or "between" right after
    a meeting cue (or at *first_at*), with those joined to the first by "and"."""
    ms = sorted((m for m in ctx.mentions if m.role not in ("place", "source") and m.side
                 and hit.end <= m.start <= hit.end + 80
                 and not (m.source == "pronoun" and m.text.lower() in POSSESSIVES)), key=lambda m: m.start)
    gap = _PARTNER_GAP if not re.search(r"\b(?:with|between)$", ctx.text[hit.start:hit.end]) else _AFTER_WITH
    if not ms or not (ms[0].start == first_at if first_at is not None else gap.fullmatch(ctx.text, hit.end, ms[0].start)):
        return []  # ("meeting with" holds its "with")
    out = [ms[0]]
    for m in ms[1:]:
        if re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?", ctx.text[out[-1].end:m.start]):
            out.append(m)
        else:
            break
    return out
