#!/usr/bin/env bash
# Peers for ArgMap's ingest (issue 4): trafilatura, readability-lxml and a bare lxml (libxml2) parse,
# run on the same extraction-dev pages in one run, timed on one core, scored with the dataset's rule.
# Also times `argmap ingest` (release build, one process per page: the CLI reads one file).
#
#   Benchmarks/peers/extraction/run.sh [--runs N]
#   ARGMAP_BIN=path/to/argmap      use this binary instead of building .build/release/argmap
#   ARGMAP_PAGES_PER_S=NUMBER      in-process ingest speed from `swift package benchmark` (IngestBenchmarks),
#                                  used for the ratio table (the CLI figure includes process start-up)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
data="$root/../shared/datasets/extraction-dev"
if [ ! -f "$data/ground-truth-dev.json" ]; then
  echo "dataset not found at $data" >&2
  exit 1
fi
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
"$venv/bin/pip" install -q --upgrade pip
"$venv/bin/pip" install -q "trafilatura==2.3.1" readability-lxml lxml lxml_html_clean
bin="${ARGMAP_BIN:-}"
if [ -z "$bin" ]; then
  (cd "$root" && swift build -c release --product argmap >&2)
  bin="$root/.build/release/argmap"
fi
echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), $(date -u +%Y-%m-%dT%H:%MZ)"
exec "$venv/bin/python" "$here/peers.py" --data "$data" --argmap "$bin" --eval "$root/scripts/extraction-eval.py" "$@"
