#!/usr/bin/env python3
"""Derive stance cues from the CAMEO verb-pattern dictionary (PETRARCH2, MIT).

Usage: python scripts/derive_cues.py [--cameo PATH] [--reference DIR] [--out PATH] [--report]

Reads ``../shared/reference/petrarch2/CAMEO.2.0.txt`` (verb blocks and their
patterns), ``../shared/reference/cameo/goldstein.tsv`` and ``eventcodes.tsv``,
and writes ``data/lexicons/cues_derived.csv`` with the columns of
``cues.csv``. The hand-written ``cues.csv`` stays the authority: every derived
cue that matches the same words as a hand-written one is left out here, and
the loader lets a hand-written cue override a derived one of the same pattern.

Inflections come from ``lemminflect`` (``pip install -e .[derive]``); the
runtime never needs it, the derived CSV lists every form in its ``forms``
column. Whether a surface form is mostly a noun in running text is read from
the Brill lexicon that TextBlob ships (most frequent tag per word, Brown +
Penn Treebank): a noun-prone verb ("charge", "lecture") keeps only its
unambiguous verb forms, as exact phrases, or is dropped.

The derivation is deliberately conservative (see the lists below): the CAMEO
dictionary was written for a parser that knows the verb from the noun and the
subject from the object; this project matches words. Rerun after editing the
lists; the output is sorted and stable.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "reference"
COLUMNS = ["cue", "form", "stance", "cameo", "goldstein", "issue", "forms", "only"]

# ------------------------------------------------------------------ curation

#: verbs too generic to be a cue on their own; allowed only with a particle or
#: a distinctive object ("hold talks", "set * deadline")
GENERIC = set("""
be have make take get go come give put see show use hold set keep let bring run turn call look seem
appear do say tell find leave move play stand start begin end open close send place post base stage
raise lay reach mark sound follow name drive pass carry work lead add return receive report spell step
pull push press need want state note point express provide issue remain continue try help enter hit
strike fire cut break drop lift throw launch deliver win lose join form build establish create develop
change pay sell buy hand pick fix back seek offer grant extend sign meet hear tell ask talk speak
write read list file lodge mount fill cover head face hit host visit plan prepare intend wish hope
expect consider act deal link share trade aid arm free clear open settle order rule charge press
back force table view voice air sound signal mark note cite quote claim argue add stress
""".split())

#: objects too vague to make a generic verb distinctive
VAGUE_OBJECTS = set("""
way step steps part place measure measures action actions effort efforts position stand role time
issue issues matter matters question questions problem problems situation statement statements view
views line point note word words hand side sides course form move moves plan plans it them him her
this that one thing things attention look care account interest note notes heed advantage stock
place hold chance opportunity lead test case end start
""".split())

#: cues left out on purpose (README "Left out on purpose", and derived words
#: that are mostly something else in news prose); matched on the whole cue or
#: on its first word
DENY = set("""
say state announce tell quote declare report claim note stress add confirm explain remark reply
clash dispute challenge attack occupy sign ink initial conclude reach
question interview lecture charge campaign crusade need push press want bid necessitate
promote advertise advertize back trade link arm aid free order rule table head host visit cable
move leave return stay remain wait expect plan intend prepare wish hope believe know understand
value respect mark spell sound drive pass
""".split())

#: single words that CAMEO files as an act but that, alone, are commentary,
#: ordinary description or a different sense in English news text
DENY_SINGLE = set("""
concern worry fear anger enrage exasperate incense inflame disturb bless thank legitimise legitimize
influence coordinate collaborate disclose rejoice formalize enlist enact allocate boost facilitate
grant merge import purchase finance stabilise stabilize rescue defend intervene loosen absolve pardon
release retreat submit yield unblock declassify legalise acquit inspect investigate probe
allege curse despair dismay distrust lament regret slight endanger march provoke riot mobilize
overfly parade patrol betray blacklist disassociate disrupt spy undermine secede confine exclude
impel impose punish suppress vandalise apprehend extract nationalize steal fine prohibit sentence
prosecute sue abuse hurt rampage rip scuffle slap terrorize whip kidnap rape torture stab
assassinate ambush destroy die encircle engage flatten kill pound raid ransack repulse shoot target
besiege recapture massacre offend compromise abandon abstain allow assemble arrive introduce notify
invite estimate observe predict repeat circulate decree emphasize confer intrude allay strive revive
pledge promise signal offer suggest appeal hope agree bargain support accede
""".split())

#: single verbs kept alone, reviewed one by one from CAMEO's verb blocks: the
#: blocks mix coder-assigned verbs with WordNet synonyms that are other senses
#: in news text ("think", "learn" as consult; "improve" as cooperate), so a
#: single-word cue needs this list; patterns with an object do not
SINGLE_OK = set("""
caution defy stymie overrule shelve deliberate bombard storm overrun assault
admonish belittle berate censure chastise chide denigrate deride disparage fault impugn pillory
reprimand reproach ridicule scold malign slander snub mock decry disapprove dissent
doubt implore plead petition advise arrest confiscate expel imprison jail indict evict banish
nationalise nationalize annex proffer volunteer acclaim congratulate laud extol apologize apologise
cooperate extradite donate capitulate consent succumb surrender retract waive exhort clamor clamour
entreat consult convene telephone phone contact visit host capture
""".split())

#: CAMEO codes that no stance class takes (investigate, force posture,
#: symbolic acts, legal acts) or that belong to other lexicons (verbs of saying)
SKIP_CODES = ("010", "015", "017", "09", "115", "116", "15", "057")

#: sub-codes kept as such (README: "a sub-code is used only where CAMEO names
#: the act precisely"); every other code is cut to its root
PRECISE = set("""011 012 013 014 016 018 019 026 035 036 039 045 046 050 051 054 055 057 061 062 070
071 072 073 074 075 081 084 085 087 111 112 129 130 139 143 161 163 164 166 171 172 173 174 175 190
191 192 193 194 195 196""".split())

#: the head nouns a verb pattern may end in: the acts, instruments and
#: relations of diplomacy and conflict. CAMEO's long tail of objects ("appeal
#: for * info", "launch * website") is left out; a pattern whose last word is
#: not one of these is dropped
OBJECTS = set("""
talks negotiations negotiation dialogue consultations meeting meetings summit visit visits
relations ties contacts cooperation embassy ambassador ambassadors envoy envoys diplomat diplomats
sanctions sanction embargo blockade boycott ban veto
troops forces soldiers army peacekeepers peacekeeping observers monitors
ceasefire cease-fire truce armistice
agreement agreements treaty treaties accord accords deal pact protocol memorandum
aid assistance loan loans credit credits debt support help
prisoners prisoner hostages hostage detainees captives
protest protests demonstration demonstrations rally rallies strike strikes
complaint complaints demand demands ultimatum deadline condition conditions proposal proposals plan initiative offer
compromise concessions concession solution settlement
concern concerns regret condolences sympathy solidarity hope optimism pessimism satisfaction
dissatisfaction displeasure outrage anger indignation gratitude appreciation
recognition independence sovereignty autonomy
offensive attack attacks assault raid raids airstrike airstrikes air strikes bombing shelling
fire missile missiles rockets rocket invasion incursion operation operations
warning threat threats retaliation reprisals
asylum extradition investigation inquiry probe
resolution referendum elections election
""".split())

#: verb + particle patterns with no object, reviewed: most of CAMEO's ("go
#: away", "find out", "get together") are ordinary English
PARTICLE_OK = {"crack down", "clamp down", "hit back at", "hit out at", "lash out", "decide against",
               "vote down", "lobby for", "lobby against", "confer with", "distance from",
               "communicate with", "huddle with", "dress down"}

#: synonym sets of CAMEO that are expanded inside a pattern (the others give
#: odd members: &SECURITY -> "secureness", &SOLUTION -> "resolution")
SYNSETS_OK = {"&CEASEFIRE", "&TREATY", "&NEGOTIATION", "&PROPOSAL", "&HOSTAGE", "&PKO"}

#: verbs whose CAMEO patterns code something other than their usual sense in
#: news text ("yield * solution", "defend * raid", "fail * meeting")
PATTERN_DENY = set("""
fail yield lift save satisfy find go get involve tie shoot kill abuse abduct identify hurt advance
blow draw disagree enjoy grapple reappraise admit acknowledge defend exclude prevent pose raise fuel
spark trigger highlight join lead set decide reaffirm cut thrust target intrude hunt monitor
hurl review address storm marched march stage mobilize demonstrate ransack resign observe pursue
put submit introduce assert commit form hammer patch revise arrange implement reestablish tout
call conspire boost provoke finance briefed brief airlift import export rush dropped drop halt
""".split())

#: object words that make an offer a proposal
PROPOSAL_WORDS = {"plan", "proposal", "proposals", "initiative", "compromise", "solution", "idea",
                  "formula", "settlement", "resolution"}

PARTICLES = {"up", "out", "off", "down", "away", "back", "in", "on", "over", "aside", "forward",
             "together", "through", "apart"}
PREPOSITIONS = {"to", "for", "of", "on", "with", "against", "in", "at", "from", "into", "by", "about",
                "over", "upon", "behind", "before", "under", "toward", "towards", "between"}


def stance_of(code: str, words: list[str]) -> tuple[str, str] | None:
    """(stance class, project code) for a CAMEO code, or None."""
    code = code.strip()
    if not re.fullmatch(r"\d{2,4}", code) or code.startswith(SKIP_CODES):
        return None
    c3 = code[:3]
    root = code[:2]
    out = c3 if c3 in PRECISE else root
    r = int(root)
    if r == 1:
        table = {"011": "statement", "012": "statement", "013": "statement", "014": "consider",
                 "016": "deny", "018": "statement", "019": "statement"}
        return (table[c3], out) if c3 in table else None
    if r == 2:
        return "appeal", out
    if r == 3:
        if c3 == "036":
            return "consult", out
        if any(w in PROPOSAL_WORDS for w in words[1:]):
            return "propose", "03"
        return "offer", out
    if r == 4:
        return "consult", out
    if r == 5:
        return ("cooperate", out) if c3 == "050" else ("endorse", out)
    if r in (6, 7):
        return "cooperate", out
    if r == 8:
        return "yield", out
    if r == 10:
        return "demand", out
    if c3 == "114" or (c3 in ("110", "140") and words[0] in ("lodge", "deliver", "file")
                       and words[-1] in ("protest", "protests")):
        return "protest", "114"  # a formal complaint or protest note: the gold's "protest" (114)
    if r == 11:
        if c3 in ("111", "112", "114"):
            return "criticize", c3 if c3 in PRECISE else "11"
        return "oppose", "11"
    if r == 12:
        return "reject", out
    if r == 13:
        return "threaten", out
    if r == 14:
        return "protest", out
    if r == 16:
        return "reduce_relations", out
    if r == 17:
        return "coerce", out
    if r in (18, 19, 20):
        return "use_force", out
    return None


# ------------------------------------------------------------------ parsing

def parse(path: Path):
    """Synonym sets and verb blocks: [{head, code, verbs: [(word, code, forms)],
    patterns: [(pattern, code, comment)]}]."""
    synsets: dict[str, list[str]] = {}
    blocks: list[dict] = []
    cur = None
    mode = "sets"
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("####### VERB PATTERNS"):
            mode = "verbs"
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            break
        if mode == "sets":
            if line.startswith("&"):
                cur = line.split()[0]
                synsets[cur] = []
            elif line.startswith("+") and cur:
                synsets[cur].append(line[1:].split("#")[0].strip())
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if m:
            blocks.append({"head": m.group(1), "code": m.group(2), "verbs": [], "patterns": []})
            continue
        if not blocks or not line.strip() or line.startswith("#"):
            continue
        body, _, comment = line.partition("#")
        cm = re.search(r"\[([^\]]*)\]", body)
        code = cm.group(1) if cm else ""
        text = body[:cm.start()] if cm else body
        if line.startswith("-"):
            blocks[-1]["patterns"].append((text[1:].strip(), code, comment.strip()))
        else:
            fm = re.search(r"\{([^}]*)\}", text)
            text = re.sub(r"\{[^}]*\}", "", text).split()
            if text:
                blocks[-1]["verbs"].append((text[0], code, fm.group(1).split() if fm else []))
    return synsets, blocks


def first_code(code: str) -> str:
    """'042:043' -> '042'; ':173' (a passive/target coding) -> ''."""
    return code.split(":")[0].strip().rstrip("!")


def render(pattern: str, synsets: dict) -> list[list[str]] | None:
    """A post-verb pattern ("* (FOR HELP)", "* OUT VIEWS") as word lists, the
    verb written as '*'. None when it has words before the verb or cannot be
    written as a plain word sequence."""
    toks = re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", pattern)
    toks = [t for t in toks if t not in ("$", "^", "%")]
    if not toks or toks[0] != "*" or any(t == "*" for t in toks[1:]):
        return None
    seqs: list[list[str]] = [["*"]]
    for i, t in enumerate(toks[1:]):
        group = t.strip("{}()").split()
        group = [g for g in group if g not in ("$", "^", "%")]
        if not group:
            continue
        words = []
        for g in group:
            if g.startswith("&"):
                members = synsets.get(g) if g in SYNSETS_OK else None
                if not members:
                    return None
                words.append([m.lower().replace("_", " ").strip() for m in members])
            elif re.fullmatch(r"[A-Z][A-Z'\-]*_?", g):
                words.append([g.lower().rstrip("_")])
            else:
                return None
        # a gap before a noun group (determiners, adjectives), none before a particle
        lead = words[0][0] if len(words[0]) == 1 else ""
        gap = not (i == 0 and lead in PARTICLES and not t.startswith("(")) and lead not in PREPOSITIONS
        new = []
        for s in seqs:
            combos = [[]]
            for j, alts in enumerate(words):
                nxt = []
                for c in combos:
                    for a in alts:
                        extra = ["*"] if (j == 1 and words[0][0] in PREPOSITIONS and len(words[0]) == 1) else []
                        nxt.append(c + extra + a.split())
                combos = nxt
            for c in combos:
                new.append(s + (["*"] if gap else []) + c)
        seqs = new
    return seqs


# ------------------------------------------------------------------ inflection

def brill_tags() -> dict[str, str]:
    import textblob
    lex = Path(textblob.__file__).parent / "en" / "en-lexicon.txt"
    tags = {}
    for line in lex.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(";;;") or not line.strip():
            continue
        parts = line.split()
        if len(parts) >= 2:
            tags.setdefault(parts[0], parts[1])
    return tags


def inflections(lemma: str) -> dict[str, set[str]]:
    from lemminflect import getAllInflections, getAllInflectionsOOV
    infl = getAllInflections(lemma, upos="VERB") or getAllInflectionsOOV(lemma, upos="VERB")
    out = defaultdict(set)
    for tag, forms in infl.items():
        out[tag] |= {f.lower() for f in forms}
    if "VBN" not in out:
        out["VBN"] = set(out.get("VBD", ()))
    out["VB"].add(lemma)
    return out


def verb_surface(lemma: str, tags: dict) -> tuple[list[str], bool]:
    """(forms other than the base that read as verbs, base reads as verb)."""
    from lemminflect import getAllLemmas
    infl = inflections(lemma)

    def verbal(word, expect):
        tag = tags.get(word)
        if tag is None:
            return "NOUN" not in getAllLemmas(word) and "ADJ" not in getAllLemmas(word)
        return tag.startswith("VB") or (expect == "VBG" and tag == "NN" and word.endswith("ing") and False)

    keep = []
    for tag in ("VBZ", "VBD", "VBN", "VBG"):
        for f in sorted(infl.get(tag, ())):
            if f != lemma and f not in keep and verbal(f, tag):
                keep.append(f)
    return keep, verbal(lemma, "VB")


# ------------------------------------------------------------------ candidates

def candidates(synsets, blocks):
    """(words, cameo code, source) for every single verb and post-verb pattern."""
    out = []
    for b in blocks:
        verbs = {v[0].lstrip("+").upper(): v for v in b["verbs"]}
        head_code = "" if b["code"].strip("-") == "" else first_code(b["code"])
        for word, code, _forms in b["verbs"]:
            c = first_code(code) or head_code
            w = word.lstrip("+").lower().replace("_", " ").strip()
            if c and w and re.fullmatch(r"[a-z][a-z' \-]*", w):
                out.append((w.split(), c, f"{b['head']} verb"))
        for pattern, code, comment in b["patterns"]:
            c = first_code(code)
            if not c:
                continue
            cv = comment.split()[0].upper() if comment.split() else ""
            verb = cv if cv in verbs else b["head"].split("_")[0] if b["head"].upper() in verbs else ""
            if not verb:
                continue
            for seq in render(pattern, synsets) or []:
                words = verb.lstrip("+").lower().replace("_", " ").split() + seq[1:]
                out.append((words, c, f"{b['head']} pattern"))
    return out


def normalise(words: list[str]) -> list[str] | None:
    # collapse repeated gaps, drop a trailing gap
    out = []
    for w in words:
        if w == "*" and out and out[-1] == "*":
            continue
        out.append(w)
    while out and out[-1] == "*":
        out.pop()
    # "lodge * protest of": a trailing preposition after the object only narrows
    if len(out) > 2 and out[-1] in PREPOSITIONS and any(
            w not in PREPOSITIONS and w not in PARTICLES and w != "*" for w in out[1:-1]):
        out.pop()
        while out and out[-1] == "*":
            out.pop()
    return out or None


def keep(words: list[str]) -> bool:
    content = [w for w in words if w != "*"]
    first = content[0]
    if first in DENY and first not in SINGLE_OK:
        return False
    if len(content) > 3:
        return False
    if len(content) == 1:
        return first in SINGLE_OK
    if first in PATTERN_DENY:
        return False
    rest = [w for w in content[1:] if w not in PREPOSITIONS and w not in PARTICLES]
    if not rest:
        return " ".join(content) in PARTICLE_OK
    if rest and rest[-1] not in OBJECTS:
        return False
    if first in GENERIC:
        # a generic verb needs a distinctive particle or object
        if not rest:
            return len(content) >= 2 and content[1] in PARTICLES and content[1] not in ("in", "on", "over")
        return not all(w in VAGUE_OBJECTS for w in rest)
    if rest and all(w in VAGUE_OBJECTS for w in rest):
        return False
    return True


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cameo", type=Path, default=SHARED / "petrarch2" / "CAMEO.2.0.txt")
    ap.add_argument("--reference", type=Path, default=SHARED / "cameo")
    ap.add_argument("--hand", type=Path, default=ROOT / "data" / "lexicons" / "cues.csv")
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "lexicons" / "cues_derived.csv")
    ap.add_argument("--report", action="store_true", help="print counts by stance class")
    args = ap.parse_args(argv)

    goldstein = {}
    with open(args.reference / "goldstein.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            goldstein[row["CAMEOEVENTCODE"].strip()] = float(row["GOLDSTEINSCALE"])
    synsets, blocks = parse(args.cameo)
    tags = brill_tags()

    # surfaces the hand-written lexicon already matches: (first form, rest)
    hand_surface = set()
    hand_first = set()
    covered = set()  # (surface, stance) of single-word cues and (surface, next word, stance)
    with open(args.hand, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            words = row["cue"].lower().split()
            if not words:
                continue
            forms = {words[0]} | {x.lower() for x in row.get("forms", "").split("|") if x}
            if row["form"] == "verb" and not row.get("forms"):
                forms |= set().union(*inflections(words[0]).values())
            for fm in forms:
                hand_surface.add((fm, tuple(words[1:])))
                # a hand-written verb is the authority on its class: no derived
                # pattern may outbid it by length ("demanded * peace" as appeal)
                if len(words) == 1:
                    hand_first.add(fm)
                    covered.add((fm, "*"))
                elif words[1] != "*":
                    covered.add((fm, words[1], "*"))

    cands = []
    for words, code, _src in candidates(synsets, blocks):
        words = normalise(words)
        if not words or not keep(words):
            continue
        sc = stance_of(code, words)
        if sc is None or sc[1] not in goldstein:
            continue
        cands.append((words, sc))
    for words, (stance, _c) in cands:
        if len(words) == 1:
            for fm in set().union(*inflections(words[0]).values()):
                covered.add((fm, stance))

    rows: dict[tuple, dict] = {}
    for words, (stance, cameo) in cands:
        lemma, rest = words[0], words[1:]
        if rest and any(k in covered for k in ((lemma, stance), (lemma, "*"), (lemma, rest[0], "*"))):
            continue  # the verb alone, or with this particle, is a cue of that class already
        forms, base_verbal = verb_surface(lemma, tags)
        surfaces = ([lemma] if base_verbal else []) + forms
        if not surfaces:
            continue
        if any((s, tuple(rest)) in hand_surface for s in surfaces + [lemma]):
            continue  # the hand-written lexicon has it
        if not rest and lemma in hand_first:
            continue
        g = f"{goldstein[cameo]:.1f}"
        if base_verbal:
            key = (" ".join(words),)
            rows.setdefault(key, {"cue": " ".join(words), "form": "verb", "stance": stance,
                                  "cameo": cameo, "goldstein": g, "issue": "",
                                  "forms": "|".join(forms), "only": ""})
        else:
            # a noun-prone verb: only its unambiguous verb forms, written out
            for s in forms:
                if s.endswith("s") and not s.endswith("ss"):
                    continue  # "charges": a plural noun as often as a verb
                cue = " ".join([s] + rest)
                rows.setdefault((cue,), {"cue": cue, "form": "phrase", "stance": stance,
                                         "cameo": cameo, "goldstein": g, "issue": "",
                                         "forms": "", "only": ""})

    out = sorted(rows.values(), key=lambda r: (r["stance"], r["cue"]))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        f.write("# derived by scripts/derive_cues.py from the CAMEO verb dictionary of PETRARCH2 "
                "(MIT licence: see NOTICE). Do not edit: edit cues.csv or the script and rerun\n")
        w.writerows(out)
    if args.report:
        counts = defaultdict(int)
        for r in out:
            counts[r["stance"]] += 1
        for k in sorted(counts, key=lambda k: -counts[k]):
            print(f"{k:18} {counts[k]}")
        print(f"{'total':18} {len(out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
