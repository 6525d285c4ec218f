#!/usr/bin/env python3
"""Scores `argmap ingest --format text` on the extraction-dev pages with the benchmark's rule.

Usage: scripts/extraction-eval.py [--bin PATH] [--no-build] [--worst N] [--floor F] [--predictions FILE]

Builds the release binary (unless --bin or --no-build), decompresses each page of
../shared/datasets/extraction-dev/html/*.html.gz into a temporary folder, runs the ingester
on it, and prints precision, recall and F1 (token 4-gram shingles, averaged per page, as the
dataset's README says). Exits 1 when F1 is under --floor (default 0.95).
"""
import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "datasets", "extraction-dev")


def shingles(text):
    t = re.findall(r"\w+", text or "")
    if not t:
        return Counter()
    return Counter([tuple(t)] if len(t) < 4 else (tuple(t[i:i + 4]) for i in range(len(t) - 3)))


def score(gold, pred):
    """Returns (precision, recall, f1, accuracy, per-page rows)."""
    ps, rs, rows, exact = [], [], [], 0
    for k, g in gold.items():
        G, P = shingles(g["articleBody"]), shingles(pred.get(k))
        tp, fp, fn = sum((G & P).values()), sum((P - G).values()), sum((G - P).values())
        p = r = None
        if tp + fp > 0:
            p = 1.0 if fp == fn == 0 else tp / (tp + fp)
            ps.append(p)
        if tp + fn > 0:
            r = 1.0 if fp == fn == 0 else tp / (tp + fn)
            rs.append(r)
        if re.findall(r"\w+", g["articleBody"] or "") == re.findall(r"\w+", pred.get(k) or ""):
            exact += 1
        rows.append((k, p, r))
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, exact / len(gold), rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", help="argmap binary (default: build and use .build/release/argmap)")
    ap.add_argument("--no-build", action="store_true", help="use the existing release binary")
    ap.add_argument("--worst", type=int, default=10, help="list the N worst pages")
    ap.add_argument("--floor", type=float, default=0.95)
    ap.add_argument("--predictions", help="also write the prediction file here")
    args = ap.parse_args()

    gold_path = os.path.join(DATA, "ground-truth-dev.json")
    if not os.path.exists(gold_path):
        print(f"dataset not found at {DATA}; nothing to score")
        return 0
    binary = args.bin
    if not binary:
        if not args.no_build:
            subprocess.run(["swift", "build", "-c", "release", "--product", "argmap"], cwd=ROOT, check=True)
        binary = os.path.join(ROOT, ".build", "release", "argmap")
    gold = json.load(open(gold_path, encoding="utf-8"))
    pred, failures = {}, []
    with tempfile.TemporaryDirectory() as tmp:
        for k in sorted(gold):
            src = os.path.join(DATA, "html", k + ".html.gz")
            page = os.path.join(tmp, k + ".html")
            with gzip.open(src, "rb") as f, open(page, "wb") as out:
                out.write(f.read())
            proc = subprocess.run([binary, "ingest", page, "--format", "text"], capture_output=True)
            if proc.returncode != 0:
                failures.append((k, proc.stderr.decode("utf-8", "replace").strip()))
                pred[k] = ""
            else:
                pred[k] = proc.stdout.decode("utf-8", "replace")
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8") as f:
            json.dump({k: {"articleBody": v} for k, v in pred.items()}, f, ensure_ascii=False)
    p, r, f1, acc, rows = score(gold, pred)
    rows.sort(key=lambda row: min(row[1] if row[1] is not None else 0, row[2] if row[2] is not None else 0))
    for k, pp, rr in rows[: args.worst]:
        print(f"  {k[:16]}  P {pp if pp is None else round(pp, 3)}  R {rr if rr is None else round(rr, 3)}  {gold[k]['url'][:70]}")
    for k, err in failures:
        print(f"  failed {k[:16]}: {err}")
    print(f"pages {len(gold)}  precision {p:.4f}  recall {r:.4f}  F1 {f1:.4f}  accuracy {acc:.3f}")
    if f1 < args.floor:
        print(f"F1 {f1:.4f} is under the floor {args.floor}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
