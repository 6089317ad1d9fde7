"""Rules of the Django template: conflicting answers, answers that do not apply, optional paths."""

from hooks.rules import Conflict, Ignored, Keep, when

CONFLICTS: list[Conflict] = [
    Conflict(
        when(django_version="6.1", python_version="3.11"),
        "Django 6.1 needs Python 3.12 or newer: choose python_version 3.12 or 3.13, "
        "or django_version 5.2",
    ),
]

IGNORED: list[Ignored] = [
    Ignored(
        when(example_app=False),
        "use_feeds",
        False,
        "use_feeds is ignored: the feeds list the example app's posts",
    ),
    Ignored(
        when(example_app=False),
        "use_sitemaps",
        False,
        "use_sitemaps is ignored: the sitemap lists the example app's posts",
    ),
    Ignored(
        when(example_app=False),
        "rest_api",
        "none",
        "rest_api is ignored: the API serves the example app's posts",
    ),
]

_posts = when(example_app=True)

MANIFEST: list[Keep] = [
    # The example app and everything built on its posts.
    Keep("{project_slug}/posts", _posts),
    Keep("{project_slug}/templates/posts", when(example_app=True, template_engine="django")),
    Keep("{project_slug}/templates/core", when(example_app=False, template_engine="django")),
    Keep("{project_slug}/jinja2/posts", when(example_app=True, template_engine="jinja2")),
    Keep("{project_slug}/jinja2/core", when(example_app=False, template_engine="jinja2")),
    Keep("tests/test_posts.py", when(example_app=True)),
    Keep("tests/test_latest_posts.py", when(example_app=True)),
    Keep("{project_slug}/posts/feeds.py", when(example_app=True, use_feeds=True)),
    Keep("tests/test_feeds.py", when(example_app=True, use_feeds=True)),
    Keep("{project_slug}/posts/sitemaps.py", when(example_app=True, use_sitemaps=True)),
    Keep("tests/test_sitemaps.py", when(example_app=True, use_sitemaps=True)),
    # The REST API. urls.py, views.py and authentication.py include the chosen library's
    # variant from templates/django/templates/variants/api/ (empty for "none": the folder is
    # pruned then). These modules follow one library's own conventions only: DRF's serializers
    # and permissions, Ninja's schemas and pagination.
    Keep("{project_slug}/api", when(example_app=True, rest_api=("drf", "django-ninja"))),
    Keep("tests/test_api.py", when(example_app=True, rest_api=("drf", "django-ninja"))),
    Keep("{project_slug}/api/serializers.py", when(example_app=True, rest_api="drf")),
    Keep("{project_slug}/api/permissions.py", when(example_app=True, rest_api="drf")),
    Keep("{project_slug}/api/schemas.py", when(example_app=True, rest_api="django-ninja")),
    Keep("{project_slug}/api/pagination.py", when(example_app=True, rest_api="django-ninja")),
    Keep("tests/test_api_drf.py", when(example_app=True, rest_api="drf")),
    Keep("tests/test_api_ninja.py", when(example_app=True, rest_api="django-ninja")),
    # The site's pages in the chosen template language.
    Keep("{project_slug}/templates", when(template_engine="django")),
    Keep("{project_slug}/jinja2", when(template_engine="jinja2")),
    Keep("config/jinja2.py", when(template_engine="jinja2")),
    # Tests of the settings that only some answers bring.
    Keep("tests/test_redis_cache.py", when(cache="redis")),
    Keep("tests/test_memcached_cache.py", when(cache="memcached")),
    Keep("tests/test_mail_server.py", when(django_version="6.1")),
    # Deployment and CI files.
    Keep("Dockerfile", when(use_docker=True)),
    Keep(".dockerignore", when(use_docker=True)),
    Keep("compose.yaml", when(use_docker=True)),
    Keep(".github", when(ci="github")),
    Keep(".gitlab-ci.yml", when(ci="gitlab")),
    # Users who log in with their email address need their own manager.
    Keep("{project_slug}/users/managers.py", when(username_type="email")),
    Keep("tests/test_email_users.py", when(username_type="email")),
]

# The servers each answer brings, for the summary printed after a bake. Local development runs
# on SQLite and the in-process cache whatever was chosen; production needs these.
_DATABASE_SERVERS = {
    "postgresql": "PostgreSQL",
    "mysql": "MySQL",
    "mariadb": "MariaDB",
    "oracle": "Oracle",
}


def services(answers) -> list[str]:
    """The servers a project with these answers (as the ignore rules apply them) needs."""
    needed = []
    if answers["database"] in _DATABASE_SERVERS:
        needed.append(f"{_DATABASE_SERVERS[answers['database']]} in production (DATABASE_URL)")
    if answers["cache"] == "redis":
        needed.append("Redis in production (REDIS_URL)")
    elif answers["cache"] == "memcached":
        needed.append("Memcached in production (MEMCACHED_LOCATION)")
    return needed
