import json
import sys

sys.path.insert(0, {{ repository_root | tojson }})

from hooks.pre_gen import main  # noqa: E402

sys.exit(main("django", json.loads({{ cookiecutter | tojson | tojson }})))
