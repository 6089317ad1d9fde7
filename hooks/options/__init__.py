"""The option rules of each framework, one module each, read through ``for_framework``."""

from importlib import import_module
from types import ModuleType

FRAMEWORKS = ("django", "flask")


def for_framework(framework: str) -> ModuleType:
    """A framework's rules: ``CONFLICTS``, ``IGNORED`` and ``MANIFEST``."""
    if framework not in FRAMEWORKS:
        raise ValueError(f"unknown framework {framework!r}; expected one of {FRAMEWORKS}")
    return import_module(f"hooks.options.{framework}")
