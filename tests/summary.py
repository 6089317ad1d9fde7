"""The run's coverage accounting: which combinations, values and pairs the tiers proved.

Fed by the test reports (pytest-xdist sends them to the controller), printed at the end of the
session by the ``pytest_terminal_summary`` hook in ``tests/conftest.py``.
"""

import re
from collections import defaultdict

from tests import matrix
from tests.template import FRAMEWORKS

# Test ids carry the combination as "<framework>-<row of the covering array>".
ROW = re.compile(r"\[(django|flask)-(\d+)[\]-]")
TIERS = {"render": "tests/render/test_render.py", "smoke": ("tests/smoke/", "tests/contract/")}


class Accounting:
    def __init__(self):
        self.passed = {tier: defaultdict(set) for tier in TIERS}
        self.failed = {tier: defaultdict(set) for tier in TIERS}
        self.seconds = defaultdict(float)
        # Rows whose HTTP contract cannot run on this machine: the adapter's stated reason.
        self.not_served: dict[str, str] = {}

    def record(self, report) -> None:
        match = ROW.search(report.nodeid)
        tier = next((t for t, prefix in TIERS.items() if report.nodeid.startswith(prefix)), None)
        if not match or not tier or report.nodeid.startswith("tests/smoke/test_services"):
            return
        framework, row = match.group(1), int(match.group(2))
        if tier == "smoke":
            # Setup (build, serve), calls and teardown all count towards a combination's time.
            self.seconds[f"{framework}-{row}"] += report.duration
        if tier == "smoke" and report.skipped and report.when == "setup":
            self.not_served[f"{framework}-{row}"] = str(report.longrepr[-1])
        if report.when != "call" and not report.failed:
            return
        target = self.failed if report.failed else self.passed
        if report.passed or report.failed:
            target[tier][framework].add(row)

    def proven(self, tier: str, framework: str) -> set[int]:
        return self.passed[tier][framework] - self.failed[tier][framework]

    def smoke_seconds(self, framework: str) -> float:
        return sum(s for row, s in self.seconds.items() if row.startswith(f"{framework}-"))

    def lines(self) -> list[str]:
        if not any(self.passed[tier][fw] for tier in TIERS for fw in FRAMEWORKS):
            return []
        lines = []
        for framework in FRAMEWORKS:
            rows = matrix.covering_array(framework)
            smoked = [rows[i] for i in sorted(self.proven("smoke", framework)) if i < len(rows)]
            values = set().union(*({(k, v) for k, v in row.items()} for row in smoked))
            pairs = set().union(*(matrix.pairs_of(row) for row in smoked))
            all_pairs = matrix.valid_pairs(framework)
            all_values = {
                value
                for value in matrix.all_values(framework)
                if any(value in pair for pair in all_pairs)
            }
            lines.append(
                f"{framework}: {matrix.count_valid(framework)} valid combinations; "
                f"rendered {len(self.proven('render', framework))}/{len(rows)} covering rows; "
                f"smoke-tested {len(smoked)}/{len(rows)}; "
                f"values covered at smoke {len(values & all_values)}/{len(all_values)}; "
                f"valid pairs covered at smoke {len(pairs & all_pairs)}/{len(all_pairs)}; "
                f"smoke test time {self.smoke_seconds(framework) / 60:.1f} min "
                "(summed over workers)"
            )
        if self.not_served:
            reasons = defaultdict(list)
            for row, reason in self.not_served.items():
                reasons[reason.removeprefix("Skipped: ")].append(row)
            for reason, served_not in reasons.items():
                lines.append(f"HTTP contract not run for {', '.join(sorted(served_not))}: {reason}")
        slowest = sorted(self.seconds.items(), key=lambda item: -item[1])[:10]
        if slowest:
            lines.append(
                "slowest smoke combinations: " + ", ".join(f"{k} {v:.0f} s" for k, v in slowest)
            )
        return lines
