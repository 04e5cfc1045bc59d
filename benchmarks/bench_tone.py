"""Tone toward a target: accuracy on NewsMTSC and speed, in one run.

    python benchmarks/bench_tone.py [--data ../shared/newsmtsc] [--repeat 15]

Prints, for rw-test and mt-test (one prediction per target), macro-F1 and
accuracy of the shipped model (``workbench.tone_toward``) beside two sentence
baselines as ``side_sentiment(measure="sentence")`` computes them (VADER and
TextBlob: every target gets its sentence's tone, the neutral band tuned on
rw-dev + mt-dev); the model's milliseconds per target and per bundled
article; and the time to build the bundled article's ``tone`` table against
the rest of ``load_article`` (medians, warm, same run). Skips with a message
when the NewsMTSC folder is absent.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ARTICLE = ROOT / "data" / "articles" / "monitor-2000-v6-i19-russia-japan-kurils.txt"
POLARITY = {2.0: -1, 4.0: 0, 6.0: 1}


def read_split(path: Path) -> list[tuple[str, list[tuple[int, int]], list[int]]]:
    """(sentence, target spans, gold polarity -1/0/+1) per line of a NewsMTSC file."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        rows.append((d["sentence_normalized"], [(t["from"], t["to"]) for t in d["targets"]],
                     [POLARITY[t["polarity"]] for t in d["targets"]]))
    return rows


def scores(gold, pred) -> dict:
    """Macro-F1 over negative, neutral, positive, and accuracy."""
    gold, pred = np.asarray(gold), np.asarray(pred)
    f1 = []
    for k in (-1, 0, 1):
        tp = int(np.sum((pred == k) & (gold == k)))
        denom = int(np.sum(pred == k) + np.sum(gold == k))
        f1.append(2 * tp / denom if denom else 0.0)
    return {"macro_f1": float(np.mean(f1)), "accuracy": float(np.mean(gold == pred)), "n": len(gold)}


def model_predictions(rows) -> tuple[list[int], float]:
    """The shipped model's polarity per target (one batched call per sentence), and seconds taken."""
    from workbench import tone_toward

    pred, t0 = [], time.perf_counter()
    for text, spans, _ in rows:
        pred += tone_toward(text, spans)["polarity"].tolist()
    return pred, time.perf_counter() - t0


def sentence_scores(rows, method: str) -> list[float]:
    """Each target's sentence tone (TextBlob polarity or VADER compound)."""
    from workbench.sentiment import scores as sent_scores

    out = []
    for text, spans, _ in rows:
        pol, _, vader = sent_scores(text)
        out += [pol if method == "textblob" else vader] * len(spans)
    return out


def band(values, threshold: float) -> list[int]:
    return [1 if v > threshold else -1 if v < -threshold else 0 for v in values]


def tune_band(values, gold) -> float:
    """The neutral band |score| <= t with the best macro-F1 on the dev sets."""
    grid = np.round(np.arange(0.0, 0.81, 0.01), 2)
    return float(max(grid, key=lambda t: (scores(gold, band(values, t))["macro_f1"], -t)))


def accuracy_table(data: Path) -> list[dict]:
    """Rows of (split, method, macro-F1, accuracy) for the model and the two baselines."""
    dev = read_split(data / "rw-dev.jsonl") + read_split(data / "mt-dev.jsonl")
    dev_gold = [g for *_, gs in dev for g in gs]
    bands = {m: tune_band(sentence_scores(dev, m), dev_gold) for m in ("vader", "textblob")}
    out = []
    for split in ("rw-test", "mt-test"):
        rows = read_split(data / f"{split}.jsonl")
        gold = [g for *_, gs in rows for g in gs]
        pred, secs = model_predictions(rows)
        out.append({"split": split, "method": "tone model (tone_toward)", **scores(gold, pred),
                    "ms_per_target": 1000 * secs / len(gold)})
        for m, label in (("vader", "sentence tone, VADER"), ("textblob", "sentence tone, TextBlob")):
            out.append({"split": split, "method": f"{label} (band ±{bands[m]:.2f})",
                        **scores(gold, band(sentence_scores(rows, m), bands[m]))})
    return out


def speed(repeat: int) -> dict:
    """Medians (warm) of load_article without tone and of building its tone table, same run."""
    from workbench import load_article
    from workbench.tone import tone_rows

    art = load_article(ARTICLE)  # compiles the lexicons
    tone_rows(art)  # loads the model
    load, tone = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        art = load_article(ARTICLE)
        t1 = time.perf_counter()
        rows = tone_rows(art)
        t2 = time.perf_counter()
        load.append(t1 - t0)
        tone.append(t2 - t1)
    ml, mt = statistics.median(load), statistics.median(tone)
    return {"load_article_ms": 1000 * ml, "tone_table_ms": 1000 * mt, "ratio": mt / ml,
            "mentions": len(rows), "ms_per_target": 1000 * mt / max(len(rows), 1)}


def write_test_baseline(data: Path, sentences: int = 80) -> Path:
    """The macro-F1 of the first *sentences* of rw-test and mt-test, for tests/test_tone.py.

    Only numbers go into the repository, never NewsMTSC text."""
    out = {}
    for split in ("rw-test", "mt-test"):
        rows = read_split(data / f"{split}.jsonl")[:sentences]
        gold = [g for *_, gs in rows for g in gs]
        pred, _ = model_predictions(rows)
        out[split] = {"sentences": sentences, "targets": len(gold),
                      "macro_f1": round(scores(gold, pred)["macro_f1"], 4)}
    path = ROOT / "tests" / "gold" / "tone_newsmtsc.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    return path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "newsmtsc"))
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--write-test-baseline", action="store_true",
                    help="rewrite tests/gold/tone_newsmtsc.json (after retraining the model)")
    args = ap.parse_args(argv)
    data = Path(args.data)
    if args.write_test_baseline:
        print(f"wrote {write_test_baseline(data)}")
        return 0
    if (data / "rw-test.jsonl").is_file():
        print(f"{'split':8} {'method':44} {'macro-F1':>8} {'accuracy':>8} {'targets':>7} {'ms/target':>9}")
        for r in accuracy_table(data):
            ms = f"{r['ms_per_target']:9.2f}" if "ms_per_target" in r else ""
            print(f"{r['split']:8} {r['method']:44} {r['macro_f1']:8.3f} {r['accuracy']:8.3f} {r['n']:7d} {ms}")
    else:
        print(f"skipped the NewsMTSC scores: {data} is absent")
    s = speed(args.repeat)
    print(f"\nbundled article, medians of {args.repeat} warm runs:")
    print(f"  load_article without tone   {s['load_article_ms']:8.1f} ms")
    print(f"  tone table ({s['mentions']} mentions)      {s['tone_table_ms']:8.1f} ms "
          f"({s['ms_per_target']:.2f} ms per target)")
    print(f"  ratio tone / load_article   {s['ratio']:8.1f}x (at most 10x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
