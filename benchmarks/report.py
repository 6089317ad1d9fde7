"""The benchmark's Markdown table (with the targets of the speed issue) and its plot."""

from pathlib import Path

# Targets: (label, how to read it from a result, target, "max" or "min").
TARGETS = [
    ("Django bake / floor", lambda r: r["bake"]["django"] / r["bake"]["floor"], None, "max"),
    ("Flask bake / floor", lambda r: r["bake"]["flask"] / r["bake"]["floor"], None, "max"),
    ("Django time to green (s)", lambda r: r["green"]["django"]["total"], 10.0, "max"),
    ("Flask time to green (s)", lambda r: r["green"]["flask"]["total"], 10.0, "max"),
    ("Fast tiers (s)", lambda r: r.get("fast_tier"), 30.0, "max"),
    ("Django /health / hello-world", lambda r: _ratio(r, "django", "/health"), 0.8, "min"),
    ("Flask /health / hello-world", lambda r: _ratio(r, "flask", "/health"), 0.8, "min"),
    ("Flask / Django, /posts/ req/s", lambda r: _flask_over_django(r, "/posts/"), None, "min"),
]


def _ratio(result: dict, framework: str, page: str) -> float:
    rates = result["rps"][framework]
    return rates[page] / rates["hello"]


def _flask_over_django(result: dict, page: str) -> float:
    return result["rps"]["flask"][page] / result["rps"]["django"][page]


def _value(read, result: dict | None) -> float | None:
    if result is None:
        return None
    try:
        return read(result)
    except (KeyError, TypeError, ZeroDivisionError):
        return None


def _shown(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _verdict(value: float | None, target: float | None, kind: str) -> str:
    if value is None or target is None:
        return ""
    met = value <= target if kind == "max" else value >= target
    return "met" if met else f"not met (by {abs(value - target):.2f})"


def markdown(result: dict, previous: dict | None) -> str:
    lines = [
        f"# Benchmark, {result['date']} ({result['machine']})",
        "",
        "| measure | now | previous run | target | verdict |",
        "|---|---|---|---|---|",
    ]
    for label, read, target, kind in TARGETS:
        value = _value(read, result)
        sign = "<=" if kind == "max" else ">="
        lines.append(
            f"| {label} | {_shown(value)} | {_shown(_value(read, previous))} | "
            f"{'' if target is None else f'{sign} {target}'} | {_verdict(value, target, kind)} |"
        )
    lines += ["", "| seconds | floor (20 files) | Django | Flask |", "|---|---|---|---|"]
    bake = result["bake"]
    lines.append(f"| bake | {bake['floor']:.3f} | {bake['django']:.3f} | {bake['flask']:.3f} |")
    for phase in ("bake", "install", "tests", "total"):
        green = result["green"]
        lines.append(
            f"| time to green: {phase} |  | {green['django'][phase]:.2f} | "
            f"{green['flask'][phase]:.2f} |"
        )
    lines += ["", "| requests/s (gunicorn, 2 sync workers) | Django | Flask |", "|---|---|---|"]
    for page in ("hello", "/health", "/", "/posts/"):
        label = "bare hello-world" if page == "hello" else page
        rps = result["rps"]
        lines.append(f"| {label} | {rps['django'][page]:.0f} | {rps['flask'][page]:.0f} |")
    return "\n".join(lines) + "\n"


def plot(result: dict, previous: dict | None, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, (left, right) = pyplot.subplots(1, 2, figsize=(11, 4))
    labels = ["Django", "Flask"]
    phases = ("bake", "install", "tests")
    bottom = [0.0, 0.0]
    for phase in phases:
        values = [result["green"]["django"][phase], result["green"]["flask"][phase]]
        left.bar(labels, values, bottom=bottom, label=phase)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    left.axhline(10, color="black", linestyle="--", linewidth=1, label="target (10 s)")
    left.set_title("Time to green, default answers (s)")
    left.legend(loc="upper left")
    pages = ["hello", "/health", "/", "/posts/"]
    width = 0.38
    for offset, framework in ((-width / 2, "django"), (width / 2, "flask")):
        right.bar(
            [i + offset for i in range(len(pages))],
            [result["rps"][framework][page] for page in pages],
            width,
            label=framework.capitalize(),
        )
    right.set_xticks(range(len(pages)), ["hello-world", "/health", "/", "/posts/"])
    right.set_title("Requests per second (gunicorn, 2 sync workers)")
    right.legend()
    figure.suptitle(f"{result['date']}, {result['machine']}")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    pyplot.close(figure)
