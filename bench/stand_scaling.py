#!/usr/bin/env python3
"""The model benchmark with the shipped stands and with 20 more (model_benchmark_many_stands),
each benchmark alone and the two alternately, and the ratio per call: many stands / shipped.

    bench/stand_scaling.py build/bench/model_benchmark build/bench/model_benchmark_many_stands

--gate R exits 1 when a lookup's ratio exceeds R (the median of the rounds, each round the
minimum of its repetitions); without it the script only reports.
"""
import argparse
import json
import statistics
import subprocess
import sys


def names(binary):
    out = subprocess.run([binary, "--benchmark_list_tests=true"], check=True,
                         capture_output=True, text=True).stdout
    return out.split()


def run(binary, min_time, name=None):
    command = [binary, "--benchmark_format=json", f"--benchmark_min_time={min_time}",
               "--benchmark_repetitions=3", "--benchmark_report_aggregates_only=false"]
    if name:
        command.append(f"--benchmark_filter=^{name}$")
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    best = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        name = b["run_name"] if "run_name" in b else b["name"]
        best[name] = min(best.get(name, float("inf")), b["real_time"])
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("shipped")
    parser.add_argument("many")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--min-time", default="0.2")
    parser.add_argument("--gate", type=float)
    args = parser.parse_args()

    ratios = {}
    times = {}
    # Each benchmark alone, the two models one after the other: run as one program, a row's
    # time also depended on the rows before it (up to 1,17 times for identical work).
    for _ in range(args.rounds):
        for name in names(args.shipped):
            shipped = run(args.shipped, args.min_time, name)[name]
            many = run(args.many, args.min_time, name)[name]
            ratios.setdefault(name, []).append(many / shipped)
            times.setdefault(name, []).append((shipped, many))
    print(f"{'benchmark':28} {'shipped ns':>11} {'many ns':>9} {'ratio':>6}  (median of "
          f"{args.rounds} rounds)")
    over = []
    for name, r in ratios.items():
        ratio = statistics.median(r)
        t = min(times[name])
        print(f"{name:28} {t[0]:11.1f} {t[1]:9.1f} {ratio:6.2f}")
        if name != "BM_LoopOnly" and args.gate and ratio > args.gate:
            over.append(name)
    if over:
        print(f"over {args.gate}: {', '.join(over)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
