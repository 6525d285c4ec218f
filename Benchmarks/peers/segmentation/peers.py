"""Times and scores ArgMap's segmenter and its peers on the same text in the same run; prints a table.

Run through run.sh, which makes the virtual environment and builds the release segment-tool.
Speed: MB/s of UTF-8 input on one core, median of --runs runs (pySBD: one run, it is slow), on the
>= 10 MiB text of corpus.benchmark_text(). ArgMap is timed in-process by segment-tool (the file already in
memory, byte-offset ranges produced, nothing printed), the Python peers with time.perf_counter around their
usual call on the whole text (pySBD paragraph by paragraph, as it is meant to be used, and on the first
1 MB only: at well under 1 MB/s the whole text would take minutes).
Accuracy: Golden Rules (exact sentence lists, whitespace runs compared as one space) and UD boundary
P/R/F1 (see corpus.py).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import corpus


def argmap_system(tool):
    cache = {}

    def prepare(texts):
        missing = [t for t in dict.fromkeys(texts) if t not in cache]
        if not missing:
            return
        payload = "".join(json.dumps({"text": t}) + "\n" for t in missing)
        out = subprocess.run([tool, "jsonl"], input=payload.encode(), capture_output=True, check=True).stdout
        for t, line in zip(missing, out.decode().splitlines()):
            cache[t] = json.loads(line)["sentences"]

    def split(text):
        prepare([text])
        return cache[text]

    return split, prepare


def peers():
    systems = {}
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)
        systems["pySBD 0.3.4"] = (seg.segment, "paragraphs")
    except Exception as e:  # noqa: BLE001
        print(f"pySBD unavailable: {e}", file=sys.stderr)
    try:
        from sentencex import segment

        systems["sentencex"] = (lambda t: list(segment("en", t)), "whole")
    except Exception as e:  # noqa: BLE001
        print(f"sentencex unavailable: {e}", file=sys.stderr)
    try:
        import blingfire

        systems["blingfire"] = (lambda t: blingfire.text_to_sentences(t).split("\n"), "whole")
    except Exception as e:  # noqa: BLE001
        print(f"blingfire unavailable: {e}", file=sys.stderr)
    try:
        import nltk

        nltk.data.find("tokenizers/punkt_tab/english/")
        systems["nltk punkt"] = (nltk.tokenize.sent_tokenize, "whole")
    except Exception:  # noqa: BLE001
        print("nltk punkt: left out (its punkt_tab model must be downloaded from a hub this machine cannot reach)",
              file=sys.stderr)
    return systems


def time_python(split, mode, text, runs):
    paragraphs = text.split("\n\n") if mode == "paragraphs" else None
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        if paragraphs is None:
            split(text)
        else:
            for p in paragraphs:
                split(p)
        times.append(time.perf_counter() - begin)
    return len(text.encode("utf-8")) / 1e6 / statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pysbd-runs", type=int, default=1)
    parser.add_argument("--pysbd-bytes", type=int, default=1_000_000,
                        help="time pySBD on the paragraphs of this prefix of the text (it runs at < 1 MB/s)")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()

    text = corpus.benchmark_text()
    size = len(text.encode("utf-8"))
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write(text)
        path = f.name
    try:
        results = {}
        timing = json.loads(subprocess.run([args.tool, "time", path, str(max(args.runs, 9))], capture_output=True,
                                           check=True).stdout)
        split, prepare = argmap_system(args.tool)
        prepare([r["text"] for r in corpus.golden_rules("golden_rules_en.json")]
                + [r["text"] for r in corpus.golden_rules("golden_rules_en_extra.json")]
                + [p["text"] for p in corpus.ud_paragraphs()])
        results["ArgMap"] = dict(corpus.score(split), mb_per_s=timing["mb_per_s"])
        for name, (peer, mode) in peers().items():
            sample = text
            runs = args.runs
            if name.startswith("pySBD"):
                runs = args.pysbd_runs
                sample = text.encode("utf-8")[: args.pysbd_bytes].decode("utf-8", "ignore")
                sample = sample[: sample.rfind("\n\n")] if "\n\n" in sample else sample
            print(f"timing {name} ({runs} run(s) on {len(sample.encode('utf-8')) / 1e6:.1f} MB)...", file=sys.stderr)
            mbps = time_python(peer, mode, sample, runs)
            results[name] = dict(corpus.score(peer), mb_per_s=mbps)
    finally:
        os.unlink(path)

    ours = results["ArgMap"]["mb_per_s"]
    print(f"text: {size / 1e6:.2f} MB (UD paragraphs + extraction-dev gold bodies, repeated); "
          f"ArgMap start-up {timing['startup_seconds'] * 1000:.2f} ms, "
          f"extra memory {timing['extra_memory_kb'] / 1024:.1f} MB, {timing['sentences']} sentences")
    print("| system | Golden Rules | extra rules | UD F1 (train+dev) | UD P / R | UD F1 (dev) | MB/s | ArgMap speed ratio |")
    print("|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        p, rc, f1 = r["ud_all"]
        ratio = "1" if name == "ArgMap" else f"{ours / r['mb_per_s']:.1f}x"
        print(f"| {name} | {r['rules']}/{r['rules_total']} | {r['extra']}/{r['extra_total']} | {f1:.3f} | "
              f"{p:.3f} / {rc:.3f} | {r['ud_dev'][2]:.3f} | {r['mb_per_s']:.2f} | {ratio} |")
    for name, r in results.items():
        if r["failing_rules"]:
            print(f"{name} fails Golden Rules {r['failing_rules']}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(dict(results, text_bytes=size, argmap_timing=timing), f, indent=1)


if __name__ == "__main__":
    main()
