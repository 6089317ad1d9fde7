#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys


def main():
{%- if cookiecutter.test_runner == "unittest" %}
    """Run administrative tasks: ``test`` with the test settings, the rest with the local
    development settings, unless told otherwise."""
    default = "config.settings.test" if sys.argv[1:2] == ["test"] else "config.settings.local"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", default)
{%- else %}
    """Run administrative tasks, with the local development settings unless told otherwise."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
{%- endif %}
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
