"""The templates branch little: options choose whole files and declared facts, not inline ifs.

Counted as issue 11 counts them: every ``{% if %}`` and ``{% elif %}`` tag (``{%-`` forms too)
in every file under ``templates/``, the included pieces as well.
"""

import re
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
BRANCH = re.compile(r"\{%-?\s*(?:if|elif)\s")
MOST_IN_THE_TREE = 300
MOST_IN_A_FILE = 10


def branches() -> dict[str, int]:
    counts = {}
    for path in sorted(TEMPLATES.rglob("*")):
        if path.is_file() and path.suffix != ".gz":
            found = len(BRANCH.findall(path.read_text()))
            if found:
                counts[str(path.relative_to(TEMPLATES))] = found
    return counts


def test_the_tree_has_at_most_300_branches():
    assert sum(branches().values()) <= MOST_IN_THE_TREE


def test_no_file_has_more_than_10_branches():
    assert {path: n for path, n in branches().items() if n > MOST_IN_A_FILE} == {}
