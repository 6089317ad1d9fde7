"""The settings modules, each imported in a fresh process with a controlled environment."""

import secrets

import pytest
from django.conf import settings

GOOD_SECRET = secrets.token_urlsafe(50)


def example_secret_key():
    """The SECRET_KEY value that .env.example ships with."""
    for line in (settings.BASE_DIR / ".env.example").read_text().splitlines():
        key, _, value = line.partition("=")
        if key == "SECRET_KEY":
            return value
    raise AssertionError(".env.example has no SECRET_KEY line")


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        pytest.param({}, "SECRET_KEY is not set", id="missing"),
        pytest.param({"SECRET_KEY": ""}, "SECRET_KEY is not set", id="empty"),
        pytest.param({"SECRET_KEY": example_secret_key()}, "placeholder", id="example"),
        *[
            pytest.param({"SECRET_KEY": value}, "placeholder", id=value)
            for value in ("CHANGEME", "Secret", "dev", "development", "test")
        ],
        pytest.param({"SECRET_KEY": "x" * 31}, "shorter than 32", id="short"),
    ],
)
def test_production_refuses_weak_secret_key(run_django, variables, message):
    result = run_django("production", **variables)

    assert result.returncode != 0
    last_line = result.stderr.strip().splitlines()[-1]
    assert last_line.startswith("django.core.exceptions.ImproperlyConfigured: SECRET_KEY ")
    assert message in last_line


def test_production_accepts_a_32_character_secret_key(run_django):
    result = run_django("production", SECRET_KEY=secrets.token_urlsafe(24))

    assert result.returncode == 0, result.stderr


def test_production_accepts_strong_secret_key(run_django):
    code = "from django.conf import settings\nprint(settings.DEBUG, settings.SECURE_SSL_REDIRECT)"

    result = run_django("production", code, SECRET_KEY=GOOD_SECRET, DEBUG="true")

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]


def test_production_passes_deploy_checks(run_django):
    code = (
        "from django.core.management import call_command\n"
        "call_command('check', deploy=True, fail_level='WARNING')"
    )

    result = run_django("production", code, SECRET_KEY=GOOD_SECRET, ALLOWED_HOSTS="127.0.0.1")

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_cookies_are_secure_http_only_and_same_site(run_django):
    code = (
        "from django.conf import settings as s\n"
        "print(s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE,"
        " s.CSRF_COOKIE_SECURE, s.CSRF_COOKIE_SAMESITE)"
    )

    result = run_django("production", code, SECRET_KEY=GOOD_SECRET)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "Lax", "True", "Lax"]


def test_production_sends_hsts_and_a_content_security_policy(run_django):
    code = (
        "from django.test import Client\n"
        "response = Client().get('/health', secure=True)\n"
        "print(response['Strict-Transport-Security'])\n"
        "print(response['Content-Security-Policy'])"
    )

    result = run_django("production", code, SECRET_KEY=GOOD_SECRET, ALLOWED_HOSTS="testserver")

    assert result.returncode == 0, result.stderr
    hsts, policy = result.stdout.splitlines()
    assert hsts == "max-age=60; includeSubDomains; preload"
    assert "default-src 'self'" in policy


def test_production_refuses_unknown_hosts(run_django):
    code = "from django.test import Client\nprint(Client().get('/health', secure=True).status_code)"

    result = run_django("production", code, SECRET_KEY=GOOD_SECRET, ALLOWED_HOSTS="example.com")

    assert result.returncode == 0, result.stderr
    # The refusal is logged first (to stdout in production), then the status is printed.
    assert result.stdout.splitlines()[-1] == "400"


def test_production_throttles_by_the_address_the_proxy_forwards(run_django):
    code = (
        "from axes.helpers import get_client_ip_address\n"
        "from django.test import RequestFactory\n"
        "forwarded = {'HTTP_X_FORWARDED_FOR': '198.51.100.1, 203.0.113.9'}\n"
        "print(get_client_ip_address(RequestFactory().get('/', **forwarded)))\n"
        "print(get_client_ip_address(RequestFactory().get('/')))"
    )

    result = run_django("production", code, SECRET_KEY=GOOD_SECRET)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["203.0.113.9", "127.0.0.1"]


def test_login_throttling_reads_its_limits_from_the_environment(run_django):
    code = (
        "from django.conf import settings\n"
        "print(settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME.total_seconds())"
    )

    result = run_django("local", code, LOGIN_FAILURE_LIMIT="3", LOGIN_LOCKOUT_MINUTES="2")

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["3", "120.0"]


def test_local_settings_run_without_configuration(run_django):
    code = "from django.conf import settings\nprint(settings.DEBUG, settings.INSTALLED_APPS[0])"

    result = run_django("local", code)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "whitenoise.runserver_nostatic"]


def test_production_redirects_to_https_except_health_check(run_django):
    code = (
        "from django.test import Client\n"
        "client = Client()\n"
        "print(client.get('/').status_code, client.get('/health').status_code)"
    )

    result = run_django("production", code, SECRET_KEY=GOOD_SECRET, ALLOWED_HOSTS="testserver")

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["301", "200"]
{%- if cookiecutter.cache == "redis" %}


def test_production_requires_redis(run_django):
    result = run_django("production", SECRET_KEY=GOOD_SECRET, REDIS_URL="")

    assert result.returncode != 0
    assert "REDIS_URL is not set" in result.stderr


@pytest.mark.parametrize(
    ("url", "backend"),
    [("", "LocMemCache"), ("redis://127.0.0.1:6379/0", "RedisCache")],
    ids=["without-redis", "with-redis"],
)
def test_cache_backend_follows_redis_url(run_django, url, backend):
    code = "from django.conf import settings\nprint(settings.CACHES['default']['BACKEND'])"

    result = run_django("local", code, REDIS_URL=url)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(backend)
{%- elif cookiecutter.cache == "memcached" %}


def test_production_requires_memcached(run_django):
    result = run_django("production", SECRET_KEY=GOOD_SECRET, MEMCACHED_LOCATION="")

    assert result.returncode != 0
    assert "MEMCACHED_LOCATION is not set" in result.stderr


@pytest.mark.parametrize(
    ("location", "backend"),
    [("", "LocMemCache"), ("127.0.0.1:11211", "PyMemcacheCache")],
    ids=["without-memcached", "with-memcached"],
)
def test_cache_backend_follows_memcached_location(run_django, location, backend):
    code = "from django.conf import settings\nprint(settings.CACHES['default']['BACKEND'])"

    result = run_django("local", code, MEMCACHED_LOCATION=location)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(backend)
{%- endif %}
{%- if cookiecutter.django_version == "6.1" %}


def test_production_requires_a_mail_server(run_django):
    result = run_django("production", SECRET_KEY=GOOD_SECRET, EMAIL_URL="")

    assert result.returncode != 0
    assert "EMAIL_URL is not set" in result.stderr


def test_mail_goes_to_the_console_without_a_mail_server(run_django):
    code = "from django.conf import settings\nprint(settings.MAILERS['default']['BACKEND'])"

    result = run_django("local", code, EMAIL_URL="")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.core.mail.backends.console.EmailBackend"


def test_mail_server_comes_from_email_url(run_django):
    code = "from django.conf import settings\nprint(settings.MAILERS['default']['OPTIONS'])"

    result = run_django("local", code, EMAIL_URL="smtp+tls://user:secret@mail.example.com:587")

    assert result.returncode == 0, result.stderr
    assert "'host': 'mail.example.com'" in result.stdout
    assert "'port': 587" in result.stdout
    assert "'use_tls': True" in result.stdout
{%- endif %}
