"""Measure this repository's speed on this machine; write a table and a plot.

    uv run python -m benchmarks            # everything (about 5 minutes on 2 cores)
    uv run python -m benchmarks --quick    # without the fast tier and with shorter loads

Writes benchmarks/results/latest.md, latest.json and benchmark.png; the run before is kept
as previous.json and shown beside the new numbers. Never a pass/fail gate: the targets are
printed with the measured distance to them.
"""

import argparse
import datetime
import json
import tempfile
from pathlib import Path

from benchmarks import measure, report

RESULTS = Path(__file__).resolve().parent / "results"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the fast tier; 3 s loads")
    args = parser.parse_args()

    results: dict = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": measure.machine(),
    }
    print("baking...", flush=True)
    results["bake"] = measure.bake_times(repeat=3 if args.quick else 7)
    print("time to green...", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        results["green"] = {
            framework: measure.time_to_green(framework, Path(folder) / framework)
            for framework in ("django", "flask")
        }
    if not args.quick:
        print("fast tier...", flush=True)
        results["fast_tier"] = measure.fast_tier_seconds()
    print("requests per second...", flush=True)
    results["rps"] = measure.throughput(seconds=3 if args.quick else 8)

    RESULTS.mkdir(exist_ok=True)
    latest = RESULTS / "latest.json"
    previous = json.loads(latest.read_text()) if latest.exists() else None
    if previous:
        (RESULTS / "previous.json").write_text(json.dumps(previous, indent=1) + "\n")
    latest.write_text(json.dumps(results, indent=1) + "\n")
    table = report.markdown(results, previous)
    (RESULTS / "latest.md").write_text(table)
    report.plot(results, previous, RESULTS / "benchmark.png")
    print(table)


if __name__ == "__main__":
    main()
