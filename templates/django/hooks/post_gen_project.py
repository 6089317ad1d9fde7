import json
import sys

sys.path.insert(0, {{ repository_root | tojson }})

from hooks.post_gen import main  # noqa: E402

answers = json.loads({{ cookiecutter | tojson | tojson }})
sys.exit(main("django", answers, command={{ invoking_command() | tojson }}))
