"""ArgMap's segmentation accuracy: Golden Rules and UD boundary P/R/F1; exit status 1 under the floors.

Run through scripts/segmentation-eval (which builds the release segment-tool). Standard library only.
"""
import argparse
import sys

import corpus
from peers import argmap_system


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", required=True)
    parser.add_argument("--min-rules", type=int, default=46)
    parser.add_argument("--min-f1", type=float, default=0.94)
    args = parser.parse_args()
    split, prepare = argmap_system(args.tool)
    prepare([r["text"] for r in corpus.golden_rules("golden_rules_en.json")]
            + [r["text"] for r in corpus.golden_rules("golden_rules_en_extra.json")]
            + [p["text"] for p in corpus.ud_paragraphs()])
    r = corpus.score(split)
    print(f"Golden Rules: {r['rules']}/{r['rules_total']} (failing: {r['failing_rules'] or 'none'}); "
          f"extra rules {r['extra']}/{r['extra_total']}")
    for key, label in (("ud_all", "UD train+dev"), ("ud_dev", "UD dev")):
        p, rc, f1 = r[key]
        print(f"{label}: P {p:.4f} R {rc:.4f} F1 {f1:.4f}")
    ok = r["rules"] >= args.min_rules and r["ud_dev"][2] >= args.min_f1
    if not ok:
        print(f"FAIL: below the floors ({args.min_rules} rules, dev F1 {args.min_f1})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
