"""The benchmark text and the accuracy data for the segmentation peer comparison.

The text is built at run time from files we may read, never committed: the UD paragraphs
(ud-articles-train-dev.jsonl, file order) and the gold article bodies of the extraction dev set
(ground-truth-dev.json, sorted by key), joined by blank lines, the whole repeated (joined by a blank line)
until it holds at least 10 MiB of UTF-8. SegmentationBenchmarks.swift builds the same text the same way.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "datasets"))
SEGMENTATION = os.path.join(DATASETS, "segmentation")
TARGET_BYTES = 10 * 1024 * 1024


def ud_paragraphs():
    with open(os.path.join(SEGMENTATION, "ud-articles-train-dev.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def golden_rules(name):
    with open(os.path.join(SEGMENTATION, name), encoding="utf-8") as f:
        return json.load(f)


def benchmark_text():
    pieces = [p["text"] for p in ud_paragraphs()]
    with open(os.path.join(DATASETS, "extraction-dev", "ground-truth-dev.json"), encoding="utf-8") as f:
        truth = json.load(f)
    for key in sorted(truth):
        body = truth[key].get("articleBody") or ""
        if body.strip():
            pieces.append(body)
    corpus = "\n\n".join(pieces)
    text = corpus
    while len(text.encode("utf-8")) < TARGET_BYTES:
        text += "\n\n" + corpus
    return text


def normalized(s):
    return " ".join(s.split())


def boundaries(sentences):
    """Boundary positions counted in non-whitespace characters, so systems that alter whitespace compare."""
    total = sum(len("".join(s.split())) for s in sentences)
    out, pos = set(), 0
    for s in sentences[:-1]:
        pos += len("".join(s.split()))
        if 0 < pos < total:
            out.add(pos)
    return out


def score(split):
    """Golden Rules passed (of 48 and of the 4 extra) and UD boundary P/R/F1 (train+dev, and dev alone)."""
    rules = golden_rules("golden_rules_en.json")
    extra = golden_rules("golden_rules_en_extra.json")

    def passes(rule):
        try:
            got = [normalized(s) for s in split(rule["text"]) if s.strip()]
        except Exception:
            return False
        return got == [normalized(s) for s in rule["sentences"]]

    failing = [r["id"] for r in rules if not passes(r)]
    extra_passed = sum(passes(r) for r in extra)
    counts = {"all": [0, 0, 0], "dev": [0, 0, 0]}
    for p in ud_paragraphs():
        predicted = boundaries([s for s in split(p["text"]) if s.strip()])
        gold = boundaries(p["sentences"])
        for key in ("all", p["split"]):
            if key in counts:
                c = counts[key]
                c[0] += len(predicted & gold)
                c[1] += len(predicted - gold)
                c[2] += len(gold - predicted)

    def prf(c):
        tp, fp, fn = c
        pr = tp / max(1, tp + fp)
        rc = tp / max(1, tp + fn)
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    return {
        "rules": len(rules) - len(failing),
        "rules_total": len(rules),
        "failing_rules": failing,
        "extra": extra_passed,
        "extra_total": len(extra),
        "ud_all": prf(counts["all"]),
        "ud_dev": prf(counts["dev"]),
    }
