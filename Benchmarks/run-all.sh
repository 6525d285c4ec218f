#!/usr/bin/env bash
# Runs every ArgMap benchmark and prints a summary (see Benchmarks/README.md).
#
#   Benchmarks/run-all.sh                      everything
#   Benchmarks/run-all.sh --target Pipeline    one benchmark target (a regex on the target name)
#   Benchmarks/run-all.sh --no-peers --no-cli  only the ordo-one/benchmark targets
#   Benchmarks/run-all.sh --profile            also: callgrind profile of the CLI by stage
#
# Steps: release build of the CLI; `swift package benchmark` (release) on the chosen targets;
# a summary of the pipeline figures with the classification overhead of issue 6
# ((extract - ingest+segment) / ingest+segment, limit 20%); the peer scripts under
# Benchmarks/peers/ when they exist; `argmap batch` timed by hyperfine when it is installed.
# Raw outputs go to $ARGMAP_BENCH_OUT (default: a new directory under /tmp).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
target=""
run_peers=1
run_cli=1
run_profile=0
while [ $# -gt 0 ]; do
    case "$1" in
        --target) target="${2:?--target needs a name}"; shift 2 ;;
        --no-peers) run_peers=0; shift ;;
        --no-cli) run_cli=0; shift ;;
        --profile) run_profile=1; shift ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run-all.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
done

out="${ARGMAP_BENCH_OUT:-$(mktemp -d /tmp/argmap-bench.XXXXXX)}"
mkdir -p "$out"
status=0
started=$(date +%s)
section() { printf '\n=== %s (%ss elapsed)\n' "$1" "$(( $(date +%s) - started ))"; }

section "Machine"
{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "cpu: $(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
    echo "cores: $(nproc)"
    echo "memory: $(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GiB"}')"
    echo "load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
    echo "swift: $(swift --version 2>/dev/null | head -1)"
    echo "commit: $(git -C "$repo" rev-parse --short HEAD 2>/dev/null) $(git -C "$repo" status --porcelain 2>/dev/null | grep -q . && echo '(uncommitted changes)')"
} | tee "$out/machine.txt"
load1=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
if awk -v l="$load1" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
    echo "note: load average $load1 on $(nproc) cores: wall-clock figures will be inflated; compare the" \
        "thread-CPU figures (articles/s of thread CPU, interleaved overhead, hyperfine user+sys)"
fi

section "Release build of the CLI"
if ! (cd "$repo" && swift build -c release --product argmap 2>&1 | tail -3); then
    echo "run-all.sh: release build failed" >&2
    exit 1
fi
argmap="$repo/.build/release/argmap"

# One `swift package benchmark` per target, so that a target that fails to build or run
# does not stop the others.
: > "$out/benchmark.txt"
targets=$(cd "$here/Benchmarks" && ls -d */ 2>/dev/null | tr -d / | grep -E "${target:-.}")
[ -n "$targets" ] || { echo "run-all.sh: no benchmark target matches '$target'" >&2; status=1; }
for name in $targets; do
    section "swift package benchmark --target $name"
    (cd "$here" && swift package benchmark --no-progress --target "^$name\$") 2>&1 \
        | grep -v -E '^\[[0-9]+/[0-9]+\]' | sed 's/\x1b\[[0-9;]*m//g' | tee "$out/benchmark-$name.txt"
    [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "run-all.sh: benchmark target $name failed" >&2; status=1; }
    cat "$out/benchmark-$name.txt" >> "$out/benchmark.txt"
done

section "Pipeline summary (issues 3 and 6)"
python3 - "$out/benchmark.txt" <<'PY' | tee "$out/summary.md"
import re, sys

text = open(sys.argv[1], encoding="utf-8").read().splitlines()
to_us = {"ns": 1e-3, "μs": 1.0, "us": 1.0, "ms": 1e3, "s": 1e6}
stages = ["ingest", "ingest+segment", "extract", "extract+json"]
results, name = {}, None
for line in text:
    if line.startswith("│"):
        cells = [c.strip() for c in line.strip("│").split("│")]
        if name is None or len(cells) < 9 or cells[0] == "Metric":
            continue
        try:
            p0, p50 = float(cells[1]), float(cells[3])
        except ValueError:
            continue
        label = cells[0]
        scale = {"(K)": 1e3, "(M)": 1e6, "(G)": 1e9}
        factor = next((v for k, v in scale.items() if f" {k}" in label), 1.0)
        m = re.match(r"Time \(wall clock\) \((\w+)\)", label)
        if m:
            results[name]["wall_us"] = p50 * to_us.get(m.group(1), 1.0)
            results[name]["best_wall_us"] = p0 * to_us.get(m.group(1), 1.0)
        elif label.startswith("articles/s (thread CPU)"):
            results[name]["articles_cpu_s"] = p50 * factor
        elif label.startswith("articles/s"):
            results[name]["articles_s"] = p50 * factor
            results[name]["best_articles_s"] = p0 * factor
        elif label.startswith("input KB/s"):
            results[name]["kb_s"] = p50 * factor
        elif label.startswith("extract/segment x1000 (thread CPU)"):
            results[name]["ratio_cpu"] = p50 / 1000
        elif label.startswith("extract/segment x1000 (wall)"):
            results[name]["ratio_wall"] = p50 / 1000
    elif line and not line[0] in "╒╞├╘=" and not line.startswith("Host ") and not line.startswith("#"):
        name = line.strip()
        results.setdefault(name, {})

sets = []
for key in results:
    for stage in stages + ["overhead"]:
        if key.startswith(stage + " "):
            s = key[len(stage) + 1:]
            if s not in sets:
                sets.append(s)
if not sets:
    print("No PipelineBenchmarks results found (target not run, or no input set present).")
    sys.exit(0)

# p0 is the best iteration (least disturbed by other processes), p50 the median.
print("| set | stage | wall ms best | wall ms p50 | articles/s best | articles/s p50 | articles/s of CPU p50 | MB/s p50 |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
verdicts = []
for s in sets:
    for stage in stages:
        r = results.get(f"{stage} {s}")
        if not r or "wall_us" not in r:
            continue
        mbs = r.get("kb_s", 0) / 1024
        print(f"| {s} | {stage} | {r['best_wall_us'] / 1000:.2f} | {r['wall_us'] / 1000:.2f} "
              f"| {r.get('best_articles_s', 0):.0f} | {r.get('articles_s', 0):.0f} | {r.get('articles_cpu_s', 0):.0f} | {mbs:.2f} |")
print()
for s in sets:
    seg = results.get(f"ingest+segment {s}", {}).get("articles_cpu_s")
    ext = results.get(f"extract {s}", {}).get("articles_cpu_s")
    over = results.get(f"overhead {s}", {})
    parts = []
    if seg and ext:
        parts.append(f"separate benchmarks (p50 articles/s of thread CPU): {100 * (seg / ext - 1):+.1f}%")
    if "ratio_cpu" in over:
        parts.append(f"interleaved (p50 thread CPU): {100 * (over['ratio_cpu'] - 1):+.1f}%")
    if "ratio_wall" in over:
        parts.append(f"interleaved (p50 wall): {100 * (over['ratio_wall'] - 1):+.1f}%")
    if parts:
        # The interleaved CPU ratio is the least disturbed by other load; it decides.
        decisive = 100 * (over["ratio_cpu"] - 1) if "ratio_cpu" in over else 100 * (seg / ext - 1)
        verdict = "OK (<= 20%)" if decisive <= 20 else "OVER the 20% limit"
        verdicts.append(verdict)
        print(f"- classification + graph overhead on {s}: " + "; ".join(parts) + f" -> {verdict}")
PY

if [ "$run_peers" -eq 1 ]; then
    for peer in extraction segmentation; do
        script="$here/peers/$peer/run.sh"
        section "Peers: $peer"
        if [ -f "$script" ]; then
            # The extraction peers compare with the in-process ingest speed: IngestBenchmarks'
            # throughput (pages/s, p50), else PipelineBenchmarks' ingest articles/s.
            pages_per_s=$(python3 - "$out/benchmark.txt" <<'PY'
import re, sys
name, found = None, {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("│"):
        cells = [c.strip() for c in line.strip().strip("│").split("│")]
        if name and len(cells) > 3 and (cells[0].startswith("Throughput") or cells[0] == "articles/s"):
            scale = 1000 if cells[0].endswith("(K)") else 1
            found.setdefault((name, cells[0].split()[0]), str(float(cells[3]) * scale))
    elif line.strip() and line[0] not in "╒╞├╘=":
        name = line.strip()
for (bench, metric), value in found.items():
    if bench.lower().startswith("ingest extraction-dev page") and metric == "Throughput":
        print(value); break
else:
    print(found.get(("ingest extraction-dev", "articles/s"), ""))
PY
)
            (cd "$repo" && ARGMAP_BIN="$argmap" ARGMAP_PAGES_PER_S="$pages_per_s" bash "$script") 2>&1 | tee "$out/peers-$peer.txt"
            [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "run-all.sh: $script failed" >&2; status=1; }
        else
            echo "(no $script yet: skipped)"
        fi
    done
fi

# Times `argmap batch DIR [FORMAT OPTION]` (DIR holding FILES inputs) with hyperfine,
# --jobs 1 and 2 when supported. LABEL names the output files.
time_batch() {
    local label="$1" dir="$2" files="$3" formats="${4:-}"
    section "CLI end to end: argmap batch on $label ($files files${formats:+, $formats})"
    if ! command -v hyperfine > /dev/null; then
        echo "(hyperfine not installed: apt-get install hyperfine; one run timed by bash instead)"
        rm -rf "$out/batch"
        time "$argmap" batch "$dir" --out "$out/batch" > /dev/null 2>&1
        return
    fi
    local commands=()
    if "$argmap" batch --help 2>&1 | grep -q -- '--jobs'; then
        commands=("$argmap batch $dir --out $out/batch-1 $formats --jobs 1" "$argmap batch $dir --out $out/batch-2 $formats --jobs 2")
    else
        echo "(argmap batch has no --jobs yet: timing the default)"
        commands=("$argmap batch $dir --out $out/batch-1 $formats")
    fi
    # -i: exit status 1 (an input failed) still times the run; the manifest names the input.
    hyperfine --warmup 1 --min-runs 3 --max-runs 10 -i --style basic \
        --prepare "rm -rf $out/batch-1 $out/batch-2" \
        --export-markdown "$out/hyperfine-$label.md" "${commands[@]}" 2>&1 | tee "$out/hyperfine-$label.txt"
    python3 - "$out/hyperfine-$label.txt" "$files" <<'PY'
import re, sys
files = int(sys.argv[2])
text = open(sys.argv[1], encoding="utf-8").read()
def seconds(value, unit):
    return float(value) / (1000 if unit == "ms" else 1)

pattern = (r"Benchmark \d+: (.*)\n\s+Time \(mean ± σ\):\s+([\d.]+) (ms|s).*?"
           r"\[User: ([\d.]+) (ms|s), System: ([\d.]+) (ms|s)\]")
for m in re.finditer(pattern, text):
    jobs = re.search(r"--jobs \d+", m.group(1))
    wall = seconds(m.group(2), m.group(3))
    cpu = seconds(m.group(4), m.group(5)) + seconds(m.group(6), m.group(7))
    print(f"  {jobs.group(0) if jobs else 'default jobs'}: mean {wall:.3f} s -> {files / wall:.0f} articles/s "
          f"(process start included); user+sys {cpu:.3f} s -> {files / cpu:.0f} articles per CPU second")
PY
    if [ -f "$out/batch-1/manifest.jsonl" ]; then
        echo "  manifest: $(grep -c '"ok":true' "$out/batch-1/manifest.jsonl") ok, $(grep -c '"ok":false' "$out/batch-1/manifest.jsonl") failed"
    fi
}

if [ "$run_cli" -eq 1 ]; then
    count_inputs() { find "$@" -type f \( -name '*.html' -o -name '*.htm' -o -name '*.txt' \) 2>/dev/null | wc -l; }
    files=$(count_inputs "$repo/Corpus/html" "$repo/Corpus/text")
    if [ "$files" -gt 0 ]; then
        # The default formats include SVG when Graphviz is installed: one `dot` process per article.
        time_batch Corpus "$repo/Corpus" "$files"
        time_batch Corpus-json "$repo/Corpus" "$files" "--format json"
    else
        time_batch seed "$repo/../shared/seed" "$(count_inputs "$repo/../shared/seed")"
    fi
    dev="$repo/../shared/datasets/extraction-dev/html"
    if [ -d "$dev" ]; then
        # Decompressed outside the repository, once per run.
        mkdir -p "$out/extraction-dev"
        for page in "$dev"/*.html.gz; do
            gzip -dc "$page" > "$out/extraction-dev/$(basename "$page" .gz)"
        done
        time_batch extraction-dev-json "$out/extraction-dev" "$(count_inputs "$out/extraction-dev")" "--format json"
    fi
fi

if [ "$run_profile" -eq 1 ]; then
    section "Profile: callgrind on argmap batch --format json, seed article x40 (HTML and text)"
    if ! command -v valgrind > /dev/null; then
        echo "(valgrind not installed: skipped)"
    else
        mkdir -p "$out/profile-input"
        for i in $(seq -w 1 40); do
            cp "$repo/../shared/seed/seed-article.html" "$out/profile-input/a$i.html"
            cp "$repo/../shared/seed/000_064fbf28dec2047d.txt" "$out/profile-input/t$i.txt"
        done
        rm -rf "$out/profile-output"
        jobs=()
        "$argmap" batch --help 2>&1 | grep -q -- '--jobs' && jobs=(--jobs 1)
        valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out" \
            "$argmap" batch "$out/profile-input" --out "$out/profile-output" --format json "${jobs[@]}" \
            > /dev/null 2> "$out/valgrind.txt"
        callgrind_annotate --inclusive=yes --threshold=100 "$out/callgrind.out" > "$out/callgrind-inclusive.txt" 2>/dev/null
        callgrind_annotate --inclusive=no --threshold=100 "$out/callgrind.out" > "$out/callgrind-self.txt" 2>/dev/null
        python3 - "$out/callgrind-inclusive.txt" "$out/callgrind-self.txt" <<'PY' | tee "$out/profile.txt"
import re, subprocess, sys

def rows(path, totals=False):
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)", line)
        if m and ("PROGRAM TOTALS" in m.group(2)) == totals:
            yield int(m.group(1).replace(",", "")), m.group(2)

inclusive = list(rows(sys.argv[1]))
total = next((ir for ir, _ in rows(sys.argv[1], totals=True)), 1) or 1
# Largest inclusive cost of code from each stage's source folder (the stage's entry point,
# callees included: the standard library and libxml2 work it causes).
stages = [
    ("ingest (ArgMapHTML, Ingest/)", ["/Sources/ArgMapHTML/", "/Sources/ArgMap/Ingest/"]),
    ("  of which libxml2", ["libxml2.so"]),
    ("segmentation (Segmentation/)", ["/Sources/ArgMap/Segmentation/"]),
    ("classification + graph (Classification/, Graph/)", ["/Sources/ArgMap/Classification/", "/Sources/ArgMap/Graph/"]),
    ("export (Export/)", ["/Sources/ArgMap/Export/"]),
]
print(f"instructions in all (process start included): {total:,}")
for label, keys in stages:
    cost = max((ir for ir, name in inclusive if any(k in name for k in keys)), default=0)
    print(f"  {label:50} {cost:>15,}  {100 * cost / total:5.1f}%")
print("  (largest inclusive cost of one function per stage; a stage calling another counts it too)")

def show(title, top):
    print()
    print(title)
    names = [re.sub(r"\s*\[.*\]$", "", name).split(":", 1)[-1] for _, name in top]
    try:
        demangled = subprocess.run(["swift", "demangle", "--simplified", "--compact"], input="\n".join(names),
                                   capture_output=True, text=True, check=True).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        demangled = names
    for (ir, name), pretty in zip(top, demangled):
        where = re.sub(r"\s*\[.*\]$", "", name).split(":", 1)[0]
        where = "" if where == "???" else f"  ({where.split('/Sources/')[-1]})"
        print(f"  {100 * ir / total:5.1f}%  {pretty[:110]}{where}")

# Project code (ArgMap, ArgMapHTML) by inclusive cost: where the time is spent, callees included.
project, seen = [], set()
for ir, name in inclusive:
    function = re.sub(r"\s*\[.*\]$", "", name).split(":", 1)[-1]
    if re.search(r"/Sources/ArgMap(HTML)?/", name) and function not in seen:
        seen.add(function)
        project.append((ir, name))
show("project functions by inclusive cost (demangled):", project[:15])
show("hottest functions by own cost (demangled):", list(rows(sys.argv[2]))[:15])
PY
    fi
fi

section "Done"
echo "raw outputs in $out"
exit $status
