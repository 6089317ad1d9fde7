"""Pre-generation: note the answers that do not apply to earlier choices.

The answers were checked before the project folder was made (``checked`` in the Jinja
extension), so nothing here can refuse them.
"""

from hooks import rules
from hooks.options import for_framework


def main(framework: str, answers: dict) -> int:
    for note in rules.normalise(for_framework(framework).IGNORED, answers)[1]:
        print(f"note: {note}")
    return 0
