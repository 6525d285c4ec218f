#!/usr/bin/env bash
# Segmentation peers: ArgMap vs pySBD, sentencex, blingfire (and nltk punkt when its model data is
# installed) on the same >= 10 MiB text in the same run; accuracy on the Golden Rules and the UD dev data.
# Makes its own virtual environment (.venv here) and a release build of SegmentTool (ArgMap in-process).
# Usage: Benchmarks/peers/segmentation/run.sh [--runs N] [--pysbd-runs N] [--json FILE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
datasets="$here/../../../../shared/datasets"
if [ ! -d "$datasets/segmentation" ] || [ ! -f "$datasets/extraction-dev/ground-truth-dev.json" ]; then
    echo "segmentation peers: datasets not found at $datasets: skipped"
    exit 0
fi
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/pip install --quiet --disable-pip-version-check pysbd==0.3.4 sentencex==1.0.32 blingfire==0.1.8 numpy nltk==3.10.4
(cd SegmentTool && swift build -c release --quiet)
echo "machine: $(lscpu | grep 'Model name' | sed 's/Model name: *//'), $(date -u +%Y-%m-%dT%H:%MZ)"
exec .venv/bin/python peers.py --tool SegmentTool/.build/release/segment-tool "$@"
