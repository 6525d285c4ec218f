"""Times and scores extraction peers on the extraction-dev pages (called by run.sh)."""
import argparse
import gzip
import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ap = argparse.ArgumentParser()
ap.add_argument("--data", required=True)
ap.add_argument("--argmap", required=True)
ap.add_argument("--eval", required=True, help="scripts/extraction-eval.py (its score function is reused)")
ap.add_argument("--runs", type=int, default=3)
args = ap.parse_args()

try:
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
except (AttributeError, OSError):
    pass

spec = importlib.util.spec_from_file_location("extraction_eval", args.eval)
ev = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ev)

gold = json.load(open(os.path.join(args.data, "ground-truth-dev.json"), encoding="utf-8"))
ids = sorted(gold)
raw = {}
for k in ids:
    with gzip.open(os.path.join(args.data, "html", k + ".html.gz"), "rb") as f:
        raw[k] = f.read()
total_bytes = sum(len(v) for v in raw.values())

import lxml  # noqa: E402
import lxml.html  # noqa: E402
import trafilatura  # noqa: E402
from readability import Document as ReadabilityDocument  # noqa: E402

BLOCK = re.compile(r"(?i)</?(p|div|h[1-6]|li|blockquote|br|tr|section|article|pre|ul|ol|table)\b[^>]*>")


def readability_text(html):
    summary = ReadabilityDocument(html).summary(html_partial=True)
    text = lxml.html.fromstring(BLOCK.sub(lambda m: "\n" + m.group(0), summary)).text_content()
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def trafilatura_fast(html):
    try:
        return trafilatura.extract(html, fast=True)
    except TypeError:
        return trafilatura.extract(html, no_fallback=True)


systems = [
    ("lxml bare parse (its own libxml2)", lambda b: (lxml.html.document_fromstring(b), None)[1]),
    ("trafilatura 2.3.1", lambda b: trafilatura.extract(b.decode("utf-8", "replace"))),
    ("trafilatura 2.3.1 fast", lambda b: trafilatura_fast(b.decode("utf-8", "replace"))),
    ("readability-lxml", lambda b: readability_text(b.decode("utf-8", "replace"))),
]

results = []
for name, fn in systems:
    times, out = [], {}
    for _ in range(args.runs):
        start = time.perf_counter()
        for k in ids:
            try:
                out[k] = fn(raw[k]) or ""
            except Exception:
                out[k] = ""
        times.append(time.perf_counter() - start)
    t = statistics.median(times)
    f1 = p = r = None
    if not name.startswith("lxml bare parse"):
        p, r, f1, _, _ = ev.score(gold, out)
    results.append((name, len(ids) / t, total_bytes / t / 1e6, p, r, f1))
    print(f"  {name}: {len(ids) / t:.1f} pages/s", file=sys.stderr)

# argmap: one process per page (the CLI reads one file), timed the same way.
with tempfile.TemporaryDirectory() as tmp:
    paths = {}
    for k in ids:
        paths[k] = os.path.join(tmp, k + ".html")
        with open(paths[k], "wb") as f:
            f.write(raw[k])
    times, out = [], {}
    for _ in range(args.runs):
        start = time.perf_counter()
        for k in ids:
            proc = subprocess.run([args.argmap, "ingest", paths[k], "--format", "text"], capture_output=True)
            out[k] = proc.stdout.decode("utf-8", "replace") if proc.returncode == 0 else ""
        times.append(time.perf_counter() - start)
    t = statistics.median(times)
    p, r, f1, _, _ = ev.score(gold, out)
    results.append(("argmap ingest (CLI, process per page)", len(ids) / t, total_bytes / t / 1e6, p, r, f1))
    inproc = float(os.environ.get("ARGMAP_PAGES_PER_S") or 0)
    if inproc > 0:
        v = inproc
        results.append(("argmap ingest (in process, benchmark)", v, v * total_bytes / len(ids) / 1e6, p, r, f1))

lxml_speed = results[0][1]
best_argmap = max(v for n, v, *_ in results if n.startswith("argmap"))
import lxml.etree  # noqa: E402

libxml = ".".join(map(str, lxml.etree.LIBXML_VERSION))
print(f"pages: {len(ids)}, {total_bytes / 1e6:.1f} MB, runs: {args.runs} (median), one core; "
      f"lxml {lxml.__version__} bundles libxml2 {libxml} (argmap links the system libxml2)")
print(f"| system | pages/s | MB/s | precision | recall | F1 | argmap speed / system | system / libxml2 parse |")
print("|---|---|---|---|---|---|---|---|")
for name, speed, mbs, p, r, f1 in results:
    fmt = lambda x: "-" if x is None else f"{x:.3f}"
    print(f"| {name} | {speed:.1f} | {mbs:.1f} | {fmt(p)} | {fmt(r)} | {fmt(f1)} | {best_argmap / speed:.2f}x | {speed / lxml_speed:.2f} |")
