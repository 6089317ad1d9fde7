"""Dependency facts become pyproject lines: chosen by the applied answers, sorted, commented."""

from hooks import jinja_extension
from hooks.facts import Dependency, requirements
from hooks.options import for_framework
from hooks.rules import Ignored, either, when
from tests.matrix import defaults

DEPENDENCIES = [
    Dependency("zope>=1", when(cache="redis")),
    Dependency("flask[async]>=3", when(async_views=True), why="Async views.\nTwo lines."),
    Dependency("flask>=3", when(async_views=False)),
    Dependency("alembic>=1", either(when(orm="a"), when(admin=True))),
    Dependency("pytest==9", group="dev"),
]


def test_requirements_are_the_chosen_ones_sorted_by_name_with_their_comments():
    answers = {"cache": "redis", "async_views": True, "orm": "b", "admin": False}
    assert requirements(DEPENDENCIES, answers, "main") == [
        "# Async views.",
        "# Two lines.",
        '"flask[async]>=3",',
        '"zope>=1",',
    ]
    assert requirements(DEPENDENCIES, answers | {"admin": True}, "main")[0] == '"alembic>=1",'
    assert requirements(DEPENDENCIES, answers, "dev") == ['"pytest==9",']


def test_the_filter_reads_the_answers_as_the_ignore_rules_apply_them(monkeypatch):
    options = type(
        "Options",
        (),
        {
            "IGNORED": [Ignored(when(orm="none"), "cache", "none", "")],
            "DEPENDENCIES": DEPENDENCIES,
        },
    )
    monkeypatch.setattr(jinja_extension, "for_framework", lambda framework: options)
    answers = {"cache": "redis", "async_views": False, "orm": "none", "admin": False}
    assert jinja_extension.dependencies(answers, "flask", "main") == ['"flask>=3",']
    assert '"zope>=1",' in jinja_extension.dependencies(answers | {"orm": "a"}, "flask", "main")


def test_each_framework_installs_its_test_runner_only_when_chosen():
    for framework, runner in (("django", "pytest-django"), ("flask", "pytest-cov")):
        answers = defaults(framework)
        dev = jinja_extension.dependencies(answers | {"test_runner": "pytest"}, framework, "dev")
        assert any(line.startswith(f'"{runner}==') for line in dev)
        dev = jinja_extension.dependencies(answers | {"test_runner": "unittest"}, framework, "dev")
        assert not any(line.startswith('"pytest') for line in dev)


def test_computed_values_read_the_applied_answers():
    flask = defaults("flask") | {"project_slug": "blog"}
    assert jinja_extension.computed(flask | {"orm": "pony"}, "flask", "run_command") == (
        "uv run flask --app blog init-db && uv run flask --app blog run --debug"
    )
    assert jinja_extension.computed(flask | {"orm": "none"}, "flask", "run_command") == (
        "uv run flask --app blog run --debug"
    )
    # database is ignored with MongoDB: the ignore rules reset it before the value is computed.
    mongo = flask | {"orm": "pymongo", "database": "postgresql"}
    assert jinja_extension.computed(mongo, "flask", "database") == "mongodb"
    assert jinja_extension.computed(mongo, "flask", "migrations") == "none"
    django = defaults("django") | {"test_runner": "unittest"}
    assert jinja_extension.computed(django, "django", "test_command").startswith(
        "uv run coverage run manage.py test"
    )


def test_readme_pieces_and_extensions_follow_the_facts():
    django = defaults("django") | {"example_app": False, "use_feeds": True, "rest_api": "drf"}
    # Without the example app the ignore rules turn feeds and the API off: no piece for them.
    assert not any(
        "feeds" in piece or "drf" in piece
        for piece in jinja_extension.sections(django, "django", "features")
    )
    assert "readme/features/drf.md" in jinja_extension.sections(
        django | {"example_app": True}, "django", "features"
    )
    flask = defaults("flask") | {"cache": "redis", "use_feeds": True, "rest_api": "flask-restx"}
    listed = jinja_extension.extensions(flask, "flask")
    assert "[Flask-Caching](https://flask-caching.readthedocs.io/)" in listed
    assert not any("smorest" in line for line in listed)
    assert not any(
        "Caching" in line for line in jinja_extension.extensions(flask | {"cache": "none"}, "flask")
    )


def test_services_come_from_the_facts_and_shape_compose_and_ci():
    from hooks import facts

    flask = defaults("flask") | {"orm": "sqlalchemy", "database": "mysql", "cache": "redis"}
    chosen = jinja_extension.services(flask, "flask")
    assert [service.title for service in chosen] == ["MySQL", "Redis"]
    compose = facts.compose_lines(chosen)
    # The web container waits for a server with a health check until it is healthy.
    assert compose[:5] == [
        "    depends_on:",
        "      db:",
        "        condition: service_healthy",
        "      cache:",
        "        condition: service_started",
    ]
    assert '      test: ["CMD", "mysqladmin", "ping", "-proot"]' in compose
    gitlab = facts.gitlab_lines(chosen)
    assert "    TEST_DATABASE_URL: mysql://root:root@mysql:3306/app" in gitlab
    github = facts.github_lines(chosen)
    assert "      TEST_DATABASE_URL: mysql://root:root@127.0.0.1:3306/app" in github
    assert facts.github_lines([]) == []


def test_servers_outside_ci_stay_out_of_it():
    django = defaults("django") | {"django_version": "6.1", "database": "sqlite"}
    chosen = jinja_extension.services(django, "django")
    assert [service.title for service in chosen] == ["Mailpit"]
    assert not [service for service in chosen if service.in_ci]
    assert for_framework("django").services(django) == []


def test_settings_become_readme_rows_and_env_example_entries():
    flask = defaults("flask") | {
        "project_slug": "blog",
        "orm": "peewee",
        "database": "mysql",
        "auth": "flask-security",
        "cache": "redis",
    }
    rows = jinja_extension.settings(flask, "flask", "row")
    assert "| `TEST_DATABASE_URL` | in-memory SQLite | A throwaway mysql database" in "\n".join(
        rows
    )
    entries = jinja_extension.settings(flask, "flask", "entry")
    assert entries[0].endswith("\nSECURITY_PASSWORD_SALT=change-me")
    assert "# DATABASE_URL=mysql://user:password@localhost/blog" in "\n".join(entries)
    # Read-only settings (login throttling) have a row but no .env.example entry.
    assert not any("LOGIN_FAILURE" in entry for entry in entries)


def test_django_settings_name_the_chosen_cache_and_mail_once_for_every_file():
    django = defaults("django") | {
        "project_slug": "site",
        "cache": "memcached",
        "django_version": "6.1",
    }
    exports = jinja_extension.settings(django, "django", "export")
    assert exports == [
        "export MEMCACHED_LOCATION=host:11211",
        "export EMAIL_URL=smtp+tls://user:password@smtp.example.com:587",
    ]
    rows = "\n".join(jinja_extension.settings(django, "django", "row"))
    assert "`MEMCACHED_LOCATION`" in rows and "`REDIS_URL`" not in rows
    entries = jinja_extension.settings(django | {"django_version": "5.2"}, "django", "entry")
    assert "# Where mail goes (password resets); the console by default:" in "\n".join(entries)
    assert not jinja_extension.settings(django | {"django_version": "5.2"}, "django", "export")[1:]
