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

from .lexicons import Cue, Lexicons
from .mentions import Mention


def _rule_cue(name: str, stance: str, cameo: str, goldstein: float) -> Cue:
    """A cue that a rule, not a lexicon word, supplies."""
    return Cue(name, "phrase", stance, cameo, goldstein, "", re.compile("$^"))


SPEECH_STATEMENT = _rule_cue("X said …", "statement", "010", 0.0)


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

    def as_row(self) -> dict:
        from .stances import CueHit
        return {"mention": self.mention, "hit": CueHit(self.start, self.end, self.cue), "cue": self.cue,
                "seg": self.seg, "hedged": self.hedged, "reported": self.reported,
                "scope": self.scope, "frame": False}


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
            row = cand.as_row()
            ctx.found.append(row)
            added.append(row)
    return added


# --- who speaks ---------------------------------------------------------------

_QUOTE_OPEN = "“\""
_INVERTED = re.compile(r"\s*,?\s*(?:(?:the|a|an)\s+)?$")


def speaker_of(ctx: Context, v0: int, v1: int) -> list[Mention]:
    """The speaker of the verb of saying at text[v0:v1]: its subject ("Kocharian
    said", "Denktash, who …, told reporters", "he said"), else the name right
    after it ("said Foreign Minister X", "according to X"), else the name between
    a closing quote and the verb ("“…,” the minister said")."""
    from . import stances as st
    text = ctx.text
    si = ctx.seg_of(v0)
    hit = st.CueHit(v0, v1, SPEECH_STATEMENT)
    who = st._verb_agent(text, hit, si, ctx.segs, ctx.subjects, ctx.mentions, {})
    if who:
        return [m for m in who if m.side]
    seg = ctx.segs[si]
    after = sorted((m for m in ctx.mentions if v1 <= m.start < min(seg.end, v1 + 60)
                    and m.role not in ("place", "source")), key=lambda m: m.start)
    if after and re.fullmatch(r"[\s,]*(?:(?:the|a|an|its|his|her)\s+)?(?:[A-Za-z\-]+\s+){0,4}?",
                              text[v1:after[0].start]) and not re.search(r"[.;:]", text[v1:after[0].start]):
        return [after[0]] if after[0].side else []
    close = max((text.rfind(q, ctx.s0, v0) for q in "”\""), default=-1)
    if close > ctx.s0:
        between = [m for m in ctx.subjects if close < m.start < v0]
        if between:
            return between[:1]
    return []


@rule
def reported_speech(ctx: Context) -> list[Candidate]:
    """ "X said / told / announced / stressed …": at least a statement by X's side
    when nothing else in the sentence gave X's side a stance.

    Real: "He said complex issues cannot be solved quickly." (the speaker of the
    sentence before); "Kofi Annan announced Tuesday …"; "according to a
    statement by the Foreign Ministry"."""
    if ctx.lex.speech_re is None:
        return []
    out, have = [], ctx.sides_found()
    for m in ctx.lex.speech_re.finditer(ctx.text, ctx.s0, ctx.s1):
        si = ctx.seg_of(m.start())
        if ctx.segs[si].opener in ("if", "unless", "whether"):
            continue
        for who in speaker_of(ctx, m.start(), m.end()):
            if who.side in have or who.reciprocal and who.text.lower().startswith(("neither", "nor")):
                continue
            have.add(who.side)
            out.append(Candidate(who, SPEECH_STATEMENT, m.start(), m.end(), si,
                                 (ctx.segs[si].start, ctx.s1)))
    return out
