"""Sentiment: TextBlob (pattern lexicon) polarity and subjectivity, VADER
compound; both work offline from the lexicons their packages ship."""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd


@lru_cache(maxsize=1)
def _textblob():
    """The lexicon TextBlob(...).sentiment scores with (``textblob.en.sentiment``),
    copied once loaded into a subclass that looks words up as a plain dict: the
    library's lazy dict loads itself on first use but then still routes every
    ``word in lexicon`` through its loader check (a third of the scoring time).
    The same words, scores and ``__call__``; the library's object is left as it is."""
    from textblob.en import sentiment as lexicon  # the PatternAnalyzer's
    if dict.__len__(lexicon) == 0:
        lexicon.load()

    class _Loaded(type(lexicon)):
        __contains__ = dict.__contains__
        __getitem__ = dict.__getitem__
        __len__ = dict.__len__
        __iter__ = dict.__iter__
        get = dict.get
        keys = dict.keys
        items = dict.items
        values = dict.values

    loaded = dict.__new__(_Loaded)
    dict.update(loaded, lexicon)
    loaded.__dict__.update(lexicon.__dict__)
    from textblob.en import parser
    if loaded.tokenizer == parser.find_tokens:  # the library's defaults: find_tokens, faster
        loaded.tokenizer = _find_tokens
    return loaded


@lru_cache(maxsize=1)
def _text():
    from textblob import _text as text
    return text


@lru_cache(maxsize=1)
def _tokenizer_constants():
    t = _text()
    return (list(t.replacements.items()), tuple(t.PUNCTUATION.replace(".", "")),
            re.compile(r"\n{2,}"), re.compile(r"\s+"))


@lru_cache(maxsize=65536)
def _split_token(t: str) -> tuple[str, ...]:
    """textblob's ``find_tokens`` on one whitespace-free token: leading and trailing
    punctuation split off, an abbreviation's period kept (the library's loop, verbatim)."""
    lib = _text()
    replace, punctuation = lib.replacements, _tokenizer_constants()[1]
    out, tail = [], []
    while t.startswith(punctuation) and t not in replace:
        out.append(t[0])
        t = t[1:]
    while t.endswith(punctuation + (".",)) and t not in replace:
        if t.endswith(punctuation):
            tail.append(t[-1])
            t = t[:-1]
        if t.endswith("..."):
            tail.append("...")
            t = t[:-3].rstrip(".")
        if t.endswith("."):
            if (t in lib.ABBREVIATIONS or lib.RE_ABBR1.match(t) is not None
                    or lib.RE_ABBR2.match(t) is not None or lib.RE_ABBR3.match(t) is not None):
                break
            tail.append(t[-1])
            t = t[:-1]
    if t != "":
        out.append(t)
    out.extend(reversed(tail))
    return tuple(out)


def _find_tokens(string: str) -> list[str]:
    """textblob's ``find_tokens`` (its sentences of space-separated tokens), the same
    output faster: literal contractions replaced without a regex, each distinct
    token split once (:func:`_split_token`), the library's sentence grouping as is."""
    lib = _text()
    replace, _, linebreak, spaces = _tokenizer_constants()
    for a, b in replace:
        string = string.replace(a, b)
    string = (string.replace("“", " “ ").replace("”", " ” ").replace("‘", " ‘ ").replace("’", " ’ ")
              .replace("'", " ' ").replace('"', ' " '))
    string = spaces.sub(" ", linebreak.sub(f" {lib.EOS} ", string.replace("\r\n", "\n")))
    tokens = []
    for t in lib.TOKEN.findall(string + " "):
        tokens.extend(_split_token(t))
    return _sentences(lib, tokens)


def _sentences(lib, tokens: list[str]) -> list[str]:
    """The library's grouping of tokens into sentences (``find_tokens``' second half)."""
    eos = lib.EOS
    closing = ("'", '"', "”", "’", "...", ".", "!", "?", ")", eos)
    sentences, i, j = [[]], 0, 0
    while j < len(tokens):
        if tokens[j] in ("...", ".", "!", "?", eos):
            while j < len(tokens) and tokens[j] in closing:
                if tokens[j] in ("'", '"') and sentences[-1].count(tokens[j]) % 2 == 0:
                    break  # Balanced quotes.
                j += 1
            sentences[-1].extend(t for t in tokens[i:j] if t != eos)
            sentences.append([])
            i = j
        j += 1
    sentences[-1].extend(tokens[i:j])
    joined = (lib.RE_SARCASM.sub("(!)", " ".join(s)) for s in sentences if len(s) > 0)
    return [lib.RE_EMOTICONS.sub(lambda m: m.group(1).replace(" ", "") + m.group(2), s) for s in joined]


def _vader_scores_without_emojis(analyzer, text, senti_text, booster_dict):
    """VADER's ``polarity_scores`` of *text* (stripped, with no emoji in it):
    the valence of each word, the "but" check, then the scores. *senti_text*
    and *booster_dict* are VADER's ``SentiText`` and ``BOOSTER_DICT``. A word
    outside VADER's lexicon has valence 0 whatever surrounds it, so its
    ``sentiment_valence`` call is skipped."""
    sentitext = senti_text(text)
    sentiments = []
    words_and_emoticons = sentitext.words_and_emoticons
    lexicon = analyzer.lexicon
    for i, item in enumerate(words_and_emoticons):
        valence = 0
        lower = item.lower()
        if lower in booster_dict or lower not in lexicon:
            sentiments.append(valence)
            continue
        if (i < len(words_and_emoticons) - 1 and lower == "kind"
                and words_and_emoticons[i + 1].lower() == "of"):
            sentiments.append(valence)
            continue
        sentiments = analyzer.sentiment_valence(valence, sentitext, item, i, sentiments)
    sentiments = analyzer._but_check(words_and_emoticons, sentiments)
    return analyzer.score_valence(sentiments, text)


def _vader_negation(valence, lower, start_i, i, negated, n_scalar):
    """VADER's negation check of the word *start_i* + 1 places before word *i*,
    on the sentence's words already lowercased (*lower*). *negated* and
    *n_scalar* are VADER's ``negated`` and ``N_SCALAR``."""
    if start_i == 0:
        if negated([lower[i - 1]]):
            valence = valence * n_scalar
    if start_i == 1:
        if lower[i - 2] == "never" and lower[i - 1] in ("so", "this"):
            valence = valence * 1.25
        elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
            valence = valence
        elif negated([lower[i - (start_i + 1)]]):
            valence = valence * n_scalar
    if start_i == 2:
        # (sic) the original's precedence: (never and so/this) or so/this
        if (lower[i - 3] == "never" and lower[i - 2] in ("so", "this")) or lower[i - 1] in ("so", "this"):
            valence = valence * 1.25
        elif lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
            valence = valence
        elif negated([lower[i - (start_i + 1)]]):
            valence = valence * n_scalar
    return valence


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import (BOOSTER_DICT, N_SCALAR, NEGATE, SentimentIntensityAnalyzer,
                                               SentiText)
    negations = frozenset(NEGATE)

    def negated(words):  # VADER's negated() on one word already lowercased
        return words[0] in negations or "n't" in words[0]

    class _Vader(SentimentIntensityAnalyzer):
        """VADER, unchanged in its scores: its negation check lowercases the
        whole sentence once per word; here once per sentence."""

        _lower_of: tuple = (None, None)
        _emoji_chars: frozenset | None = None

        def polarity_scores(self, text):
            # the original walks the text character by character to spell out
            # emojis; with none in the text that walk is the identity
            if self._emoji_chars is None:
                self._emoji_chars = frozenset(self.emojis)
            if not self._emoji_chars.isdisjoint(text):
                return super().polarity_scores(text)
            return _vader_scores_without_emojis(self, text.strip(), SentiText, BOOSTER_DICT)

        def _negation_check(self, valence, words, start_i, i):
            if self._lower_of[0] is not words:
                self._lower_of = (words, [str(w).lower() for w in words])
            return _vader_negation(valence, self._lower_of[1], start_i, i, negated, N_SCALAR)

    return _Vader()


def scores(text: str) -> tuple[float, float, float]:
    """(TextBlob polarity, TextBlob subjectivity, VADER compound) of *text*."""
    pol, subj = _textblob()(text)
    return float(pol), float(subj), float(_vader().polarity_scores(text)["compound"])


#: The three measures of a side's tone, each named for what it is.
MEASURES = ("toward", "own", "sentence")
#: Fewer sentences than this behind a side's score: too few to call it the most positive or negative.
MIN_SENTENCES = 3
_COLUMNS = ["side", "measure", "method", "score", "n", "n_sentences"]


def side_sentiment(article, by: str = "paragraph", *, measure="toward") -> pd.DataFrame:
    """Each side's tone per unit, by one or more of three measures.

    *measure*:

    - ``"toward"``: how the text treats the side, the mean ``score``
      (p_positive - p_negative) of the ``tone`` table over the side's
      mentions (method ``"model"``); ``n`` is the number of mentions;
    - ``"own"``: the tone of the statements attributed to the side's actors,
      TextBlob and VADER of each stance's clause; ``n`` is the number of
      statements;
    - ``"sentence"``: the mean TextBlob and VADER score of the sentences in
      which the side is present; ``n`` is the number of sentences.

    A list of measures stacks them. *by* is ``"paragraph"``, ``"sentence"``
    or ``"article"``. *article* is an Article or a corpus. Returns columns
    article_id, <by> (not for "article"), side, measure, method, score, n,
    n_sentences (the distinct sentences behind the score); an empty table with
    those columns when there is nothing to score. Raises ``ValueError`` for an
    unknown *by* or *measure*.
    """
    if by not in ("paragraph", "sentence", "article"):
        raise ValueError("by must be 'paragraph', 'sentence' or 'article'")
    measures = [measure] if isinstance(measure, str) else list(measure)
    bad = [m for m in measures if m not in MEASURES]
    if bad or not measures:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}, not {bad or measure!r}")
    keys = ["article_id"] + ([] if by == "article" else [by])
    cols = keys + _COLUMNS
    parts = [p for p in (_MEASURE[m](article, keys) for m in measures) if len(p)]
    if not parts:
        return pd.DataFrame(columns=cols)
    out = pd.concat(parts, ignore_index=True)
    out = out.sort_values(keys + ["side", "measure", "method"], kind="stable")
    out[["n", "n_sentences"]] = out[["n", "n_sentences"]].astype("int64")
    out["side"] = out["side"].astype(str)
    return out[cols].reset_index(drop=True)


def _aggregate(long: pd.DataFrame, keys: list[str], measure: str, methods: dict) -> pd.DataFrame:
    """Mean of each method's column per (keys, side), with n rows and n distinct sentences."""
    parts = []
    for method, col in methods.items():
        g = (long.groupby(keys + ["side"], observed=True, sort=False)
             .agg(score=(col, "mean"), n=(col, "size"), n_sentences=("sentence", "nunique"))
             .reset_index())
        parts.append(g.assign(measure=measure, method=method))
    return pd.concat(parts, ignore_index=True)


def _toward(article, keys: list[str]) -> pd.DataFrame:
    t = getattr(article, "tone", None)  # an article-like object may have no tone table
    return pd.DataFrame() if t is None or t.empty else _aggregate(t, keys, "toward", {"model": "score"})


def statement_tone(article) -> pd.DataFrame:
    """The stances of sides, each with the tone of its own wording.

    The stances table (rows with a side) plus ``textblob`` (polarity) and
    ``vader`` (compound) of the clause each stance covers: what a side's own
    tone is made of.
    """
    st = article.stances
    st = st[st["side"].astype(str) != ""].reset_index(drop=True)
    sc = [scores(t) for t in _stance_texts(article, st)]
    return st.assign(textblob=[x[0] for x in sc], vader=[x[2] for x in sc])


def _own(article, keys: list[str]) -> pd.DataFrame:
    st = statement_tone(article)
    if st.empty:
        return pd.DataFrame()
    st = st.drop(columns=["polarity"]).rename(columns={"textblob": "_tb", "vader": "_vader"})
    return _aggregate(st, keys, "own", {"textblob": "_tb", "vader": "_vader"})


def _stance_texts(article, st: pd.DataFrame) -> list[str]:
    """The clause each stance covers (its start:end in the article); the sentence when no text is at hand."""
    text = getattr(article, "text", "") or ""
    if text:
        return [text[a:b] for a, b in zip(st["start"], st["end"])]
    return list(st["text"]) if "text" in st.columns else [""] * len(st)


def _sentence(article, keys: list[str]) -> pd.DataFrame:
    s = article.sentences
    if s.empty:
        return pd.DataFrame()
    long = s.assign(side=s["sides"].fillna("").str.split(";")).explode("side")
    long = long[long["side"].astype(bool)]
    if long.empty:
        return pd.DataFrame()
    return _aggregate(long, keys, "sentence", {"textblob": "polarity", "vader": "vader"})


_MEASURE = {"toward": _toward, "own": _own, "sentence": _sentence}


def tone_finding(article, *, min_sentences: int = MIN_SENTENCES) -> str:
    """One sentence on which side the article treats most positively and most negatively.

    Uses the tone toward each side (``measure="toward"``, over the whole
    article); a side with fewer than *min_sentences* sentences behind its
    score is named as left out, never as the most positive or negative.
    """
    t = side_sentiment(article, by="article", measure="toward")
    if t.empty:
        return "No side is mentioned, so there is no tone toward a side to report."
    t = t.groupby("side", sort=False).agg(score=("score", "mean"), n=("n", "sum"),
                                          n_sentences=("n_sentences", "sum")).reset_index()
    ok = t[t["n_sentences"] >= min_sentences].sort_values("score", ascending=False, kind="stable")
    few = t[t["n_sentences"] < min_sentences]
    left = ""
    if len(few):
        left = (" Left out, on fewer than {} sentences: {}.".format(
            min_sentences, ", ".join(f"{r.side} ({_count(r.n_sentences, 'sentence')})" for r in few.itertuples())))
    if len(ok) < 2:
        names = " and ".join(ok["side"]) or "no side"
        return (f"Only {names} has at least {min_sentences} sentences behind its tone, "
                f"too few sides to say which is treated most positively.{left}")
    hi, lo = ok.iloc[0], ok.iloc[-1]
    return (f"Tone toward each side (from -1 to +1): of the sides named in at least {min_sentences} "
            f"sentences, the article is most favourable to {hi.side} ({_signed(hi.score)} over "
            f"{_count(hi.n, 'mention')} in {_count(hi.n_sentences, 'sentence')}) and least favourable "
            f"to {lo.side} ({_signed(lo.score)} over {_count(lo.n, 'mention')} in "
            f"{_count(lo.n_sentences, 'sentence')}).{left}")


def _signed(v: float) -> str:
    """+0.12, -0.40; never -0.00."""
    return f"{round(float(v), 2) + 0.0:+.2f}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def tone_disagreements(article, top: int = 5) -> pd.DataFrame:
    """The sentences where the tone toward the sides present differs most.

    Sentence tone gives every side of a sentence the same score; the tone
    toward each side need not. One row per sentence naming at least two sides,
    ranked by ``spread`` (the highest minus the lowest mean tone toward a side
    there); columns paragraph, sentence, sides, toward (``"Side +0.12; ..."``,
    highest first), spread, vader, textblob, text. Empty (same columns) when no
    sentence names two sides.
    """
    cols = ["paragraph", "sentence", "sides", "toward", "spread", "vader", "textblob", "text"]
    t = article.tone
    if t.empty:
        return pd.DataFrame(columns=cols)
    per = (t.groupby(["sentence", "side"], observed=True, sort=False)["score"].mean()
           .reset_index().sort_values(["sentence", "score"], ascending=[True, False], kind="stable"))
    per["label"] = [f"{s} {v:+.2f}" for s, v in zip(per["side"], per["score"])]
    g = per.groupby("sentence", sort=True)
    wide = pd.DataFrame({"n_sides": g["side"].nunique(), "spread": g["score"].max() - g["score"].min(),
                         "toward": g["label"].agg("; ".join)}).reset_index()
    wide = wide[wide["n_sides"] >= 2]
    s = article.sentences.set_index("sentence")
    wide = wide.assign(paragraph=s.loc[wide["sentence"], "paragraph"].to_numpy(),
                       sides=s.loc[wide["sentence"], "sides"].to_numpy(),
                       vader=s.loc[wide["sentence"], "vader"].to_numpy(),
                       textblob=s.loc[wide["sentence"], "polarity"].to_numpy(),
                       text=s.loc[wide["sentence"], "text"].to_numpy())
    wide = wide.sort_values(["spread", "sentence"], ascending=[False, True], kind="stable").head(top)
    return wide[cols].reset_index(drop=True)
