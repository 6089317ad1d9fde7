"""Rules of the Flask template: conflicting answers, answers that do not apply, optional paths."""

from hooks.rules import Conflict, Ignored, Keep

CONFLICTS: list[Conflict] = []

IGNORED: list[Ignored] = []

MANIFEST: list[Keep] = []
