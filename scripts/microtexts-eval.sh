#!/usr/bin/env bash
# Scores ArgMap's argument maps on the microtexts dev set (Peldszus & Stede, CC BY-NC-SA 4.0;
# the data stays outside this repository, in ../shared/datasets/microtexts-dev).
#
# usage: scripts/microtexts-eval.sh [--per-text] [--no-floors] [DATASET_DIR]
#   CONFIG=release scripts/microtexts-eval.sh   # score the release build
# Exits 1 when a figure is under the issue-6 floors (unless --no-floors).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
data="$here/../shared/datasets/microtexts-dev"
floors=(--min-cc-acc 0.82 --min-role-f1 0.86 --min-function-f1 0.83 --min-attach-f1 0.60
        --min-attach-labelled-f1 0.55 --min-seg-f1 0.90)
extra=()
for arg in "$@"; do
  case "$arg" in
    --no-floors) floors=() ;;
    --per-text) extra+=(--per-text) ;;
    *) data="$arg" ;;
  esac
done
[ -f "$data/microtext_eval.py" ] || { echo "microtexts-eval: no dataset at $data" >&2; exit 2; }
config="${CONFIG:-debug}"
(cd "$here" && swift build -c "$config" --product argmap >&2)
bin="$here/.build/$config/argmap"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for txt in "$data"/*.txt; do
  id="$(basename "$txt" .txt)"
  "$bin" extract "$txt" --input text --format json -o "$out/$id.json" || echo "argmap failed on $id" >&2
done
python3 "$data/microtext_eval.py" "$out" --ids-from-gold "${extra[@]}" "${floors[@]}"
