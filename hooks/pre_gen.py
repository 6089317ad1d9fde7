"""Pre-generation: reject bad answers before anything is written, note the ones that are ignored."""

import sys

from hooks import rules
from hooks.options import for_framework
from hooks.validation import answer_errors


def main(framework: str, answers: dict) -> int:
    options = for_framework(framework)
    errors = answer_errors(answers) + rules.conflicts(options.CONFLICTS, answers)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if errors:
        return 1
    for note in rules.normalise(options.IGNORED, answers)[1]:
        print(f"note: {note}")
    return 0
