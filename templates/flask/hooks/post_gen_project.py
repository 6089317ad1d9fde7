import json
import sys

sys.path.insert(0, {{ repository_root | tojson }})

from hooks.post_gen import main  # noqa: E402

sys.exit(main("flask", json.loads({{ cookiecutter | tojson | tojson }})))
