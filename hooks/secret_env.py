"""Write the git-ignored ``.env`` from the tracked ``.env.example``, with fresh secrets."""

import secrets
from pathlib import Path

# The value that marks a secret in .env.example; generated projects refuse to run with it in
# production, so it must stay in sync with their settings (tests check both sides).
PLACEHOLDER = "change-me"


def fresh_secret() -> str:
    return secrets.token_urlsafe(50)


def render_env(example: str) -> str:
    lines = []
    for line in example.splitlines():
        key, sep, value = line.partition("=")
        if sep and not key.lstrip().startswith("#") and value == PLACEHOLDER:
            line = f"{key}={fresh_secret()}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def write_env(project: Path) -> None:
    example = project / ".env.example"
    if example.exists():
        (project / ".env").write_text(render_env(example.read_text()))
