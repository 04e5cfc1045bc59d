"""Tone toward a target: how a text treats one mention, not how the sentence sounds.

``tone_toward(text, [(start, end), ...])`` scores each span with the shipped
target-dependent model (all-MiniLM-L6-v2 fine-tuned on NewsMTSC by
``scripts/train_tone.py``, int8 ONNX in ``workbench/models/tone/``), using
onnxruntime and tokenizers only: no torch, nothing downloaded. ``tone_table``
gives the article's ``tone`` table: one row per mention of a side.

The model reads the pair (text, mention) and a 0/1 mask over the text's tokens
that cover the mention; a text longer than ``MAX_TOKENS`` is cut to a window
of tokens around each mention.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

LABELS = ("negative", "neutral", "positive")
MAX_TOKENS = 128
MODEL_DIR = Path(__file__).resolve().parent / "models" / "tone"
TONE_COLUMNS = ["start", "end", "polarity", "p_negative", "p_neutral", "p_positive"]
#: threads of one model call: both cores of a small machine (an archive run leaves
#: the lazy tone table out, so its worker processes do not compete for them)
THREADS = max(1, min(2, os.cpu_count() or 1))
_INPUTS = ("input_ids", "attention_mask", "token_type_ids", "target_mask")


def encode_targets(tok, text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[list, list, list]]:
    """(token ids, token type ids, target mask) of the pair (text, mention) for each span.

    ``tok`` is a ``tokenizers.Tokenizer`` with padding and truncation off; the
    same function encodes for training and at run time.
    """
    if not spans:
        return []
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    enc = tok.encode(text, add_special_tokens=False)
    ids, offsets = enc.ids, enc.offsets
    mentions = tok.encode_batch([text[s:e] for s, e in spans], add_special_tokens=False)
    out = []
    for (s, e), men in zip(spans, mentions):
        m_ids = men.ids[: MAX_TOKENS // 4]
        inside = [i for i, (a, b) in enumerate(offsets) if a < e and b > s]
        lo, hi = _window(len(ids), inside, MAX_TOKENS - len(m_ids) - 3)
        hit = set(inside)
        seq = [cls] + ids[lo:hi] + [sep] + m_ids + [sep]
        types = [0] * (hi - lo + 2) + [1] * (len(m_ids) + 1)
        mask = [0] + [1 if i in hit else 0 for i in range(lo, hi)] + [0] * (len(m_ids) + 2)
        out.append((seq, types, mask))
    return out


def head_rows(masks: Sequence[Sequence[int]]) -> list[list[int]]:
    """The model's ``rows`` input: per example 0 ([CLS]), then the positions of its
    target mask, padded with 0 to the longest; the last layer runs on these rows only."""
    rows = [[0] + [i for i, v in enumerate(m) if v] for m in masks]
    k = max(map(len, rows), default=1)
    return [r + [0] * (k - len(r)) for r in rows]


def _window(n: int, inside: list[int], room: int) -> tuple[int, int]:
    """Token range [lo, hi) of at most ``room`` tokens, centred on the target's tokens."""
    if n <= room:
        return 0, n
    centre = (inside[0] + inside[-1]) // 2 if inside else 0
    lo = max(0, min(centre - room // 2, n - room))
    return lo, lo + room


@lru_cache(maxsize=1)
def _model():
    """The ONNX session and the tokenizer, loaded once per process on first use."""
    import onnxruntime as ort
    from tokenizers import Tokenizer

    if not (MODEL_DIR / "model.onnx").is_file():
        raise FileNotFoundError(f"the tone model is missing: {MODEL_DIR / 'model.onnx'}")
    tok = Tokenizer.from_file(str(MODEL_DIR / "tokenizer.json"))
    tok.no_padding()  # the base tokenizer pads to 128, which costs the int8 model ~0.08 F1
    tok.no_truncation()
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = THREADS
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")  # no busy-waiting between calls
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    sess = ort.InferenceSession(str(MODEL_DIR / "model.onnx"), opts, providers=["CPUExecutionProvider"])
    return sess, tok


def _run(encoded: list[tuple[list, list, list]]) -> np.ndarray:
    """Class probabilities (n, 3) of encoded examples, in one session call.

    Padded to the longest example only (a pad to the tokenizer's 128 would
    shift the int8 model's activation ranges and cost ~0.08 macro-F1); pass
    the targets of one text, whose lengths differ only by their mentions.
    """
    sess, _ = _model()
    n = max(len(e[0]) for e in encoded)
    feed = {k: np.zeros((len(encoded), n), dtype=np.int64) for k in _INPUTS}
    for i, (ids, types, mask) in enumerate(encoded):
        feed["input_ids"][i, : len(ids)] = ids
        feed["attention_mask"][i, : len(ids)] = 1
        feed["token_type_ids"][i, : len(types)] = types
        feed["target_mask"][i, : len(mask)] = mask
    feed["rows"] = np.array(head_rows([e[2] for e in encoded]), dtype=np.int64)
    return sess.run(None, feed)[0]


def _frame(spans: Sequence[tuple[int, int]], probs: np.ndarray) -> pd.DataFrame:
    """The tone_toward table of spans and their class probabilities."""
    polarity = probs.argmax(axis=1) - 1 if len(probs) else np.zeros(0, dtype=int)
    return pd.DataFrame({
        "start": pd.array([s for s, _ in spans], dtype="int64"),
        "end": pd.array([e for _, e in spans], dtype="int64"),
        "polarity": pd.array(polarity, dtype="int64"),
        "p_negative": probs[:, 0].astype("float64"),
        "p_neutral": probs[:, 1].astype("float64"),
        "p_positive": probs[:, 2].astype("float64"),
    }, columns=TONE_COLUMNS)


def _check_spans(text: str, targets: Iterable) -> list[tuple[int, int]]:
    spans = []
    for t in targets:
        try:
            s, e = (int(x) for x in t)
        except (TypeError, ValueError):
            raise ValueError(f"a target is a (start, end) pair of character offsets, not {t!r}") from None
        if not 0 <= s < e <= len(text):
            raise ValueError(f"target ({s}, {e}) is not a non-empty span of a text of {len(text)} characters")
        spans.append((s, e))
    return spans


def tone_toward(text: str, targets: Iterable[tuple[int, int]]) -> pd.DataFrame:
    """The tone of ``text`` toward each target span, all scored in one batch.

    ``targets``: ``(start, end)`` character offsets into ``text`` (0-based, end
    exclusive). Returns one row per target, in the given order, with columns
    ``start, end, polarity`` (-1, 0, +1: the most probable class) and
    ``p_negative, p_neutral, p_positive`` (summing to 1). An empty list gives
    an empty table with the same columns. Raises ``TypeError`` when ``text`` is
    not a string and ``ValueError`` for a span outside the text.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    spans = _check_spans(text, targets)
    if not spans:
        return _frame([], np.zeros((0, len(LABELS)), dtype=np.float32))
    _, tok = _model()
    return _frame(spans, _run(encode_targets(tok, text, spans)))


def tone_rows(article) -> list[dict]:
    """The rows of the article's ``tone`` table: the tone toward each mention of a side.

    A mention of a side is a row of ``article.mentions`` with a side whose role
    is actor or target (not a place or a news source). Each is scored in the
    context of its sentence; the mentions of one sentence go through the model
    in one batch.
    """
    m = article.mentions
    s = article.sentences
    if m.empty or s.empty:
        return []
    m = m[(m["side"].astype(str) != "") & ~m["role"].astype(str).isin(["place", "source"])]
    if m.empty:
        return []
    bounds = {int(k): (int(p), int(a), int(b)) for k, p, a, b in
              zip(s["sentence"], s["paragraph"], s["start"], s["end"])}
    text = article.text
    _, tok = _model()
    by_sentence: dict[int, list[tuple]] = {}
    for r in zip(m["sentence"].astype(int).tolist(), m["side"].astype(str).tolist(),
                 m["actor"].astype(str).tolist(), m["start"].astype(int).tolist(),
                 m["end"].astype(int).tolist()):
        by_sentence.setdefault(r[0], []).append(r)
    probs, keys = [], []
    for sent in sorted(by_sentence):  # one batched call per sentence
        g = by_sentence[sent]
        p, s0, s1 = bounds[sent]
        spans = [(a - s0, b - s0) for _, _, _, a, b in g]
        unique = list(dict.fromkeys(spans))  # "the two sides": one span, two sides, one score
        pr = _run(encode_targets(tok, text[s0:s1], unique))
        probs += [pr[unique.index(sp)] for sp in spans]
        keys += [(p, sent, r) for r in g]
    aid = str(s["article_id"].iloc[0])
    rows = []
    for (p, sent, (_, side, actor, start, end)), pr in zip(keys, probs):
        rows.append({"article_id": aid, "paragraph": p, "sentence": sent, "side": side,
                     "actor": actor, "start": start, "end": end,
                     "polarity": int(pr.argmax()) - 1, "p_negative": float(pr[0]),
                     "p_neutral": float(pr[1]), "p_positive": float(pr[2]),
                     "score": float(pr[2] - pr[0])})
    return rows
