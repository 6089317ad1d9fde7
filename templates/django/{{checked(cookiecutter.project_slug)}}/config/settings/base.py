{%- set rest_api = cookiecutter | applied("django", "rest_api") -%}
"""Settings shared by every environment.

Values that differ between deployments come from environment variables (12-factor). A ``.env``
file in the project root is read first if present; real environment variables always win over
it. ``DJANGO_ENV_FILE`` points at another file (tests use it to ignore the developer's ``.env``).
"""

from datetime import timedelta
from pathlib import Path

import environ
{%- if cookiecutter.django_version == "5.2" %}
from csp.constants import NONE, SELF
{%- else %}
from django.utils.csp import CSP
{%- endif %}

BASE_DIR = Path(__file__).resolve().parent.parent.parent
APPS_DIR = BASE_DIR / "{{ cookiecutter.project_slug }}"

env = environ.Env()
env.read_env(env.str("DJANGO_ENV_FILE", default=str(BASE_DIR / ".env")))

# Shown by the templates through a context processor: the HTML files are not rendered by the
# project generator, so the name lives here rather than in the markup.
PROJECT_NAME = {{ cookiecutter.project_name | python_string }}
PROJECT_DESCRIPTION = {{ cookiecutter.description | python_string }}

DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
{%- if cookiecutter | applied("django", "use_feeds") %}
    "django.contrib.syndication",
{%- endif %}
{%- if cookiecutter | applied("django", "use_sitemaps") %}
    "django.contrib.sitemaps",
{%- endif %}
    "axes",
    "{{ cookiecutter.project_slug }}.users",
    "{{ cookiecutter.project_slug }}.core",
{%- if cookiecutter.example_app %}
    "{{ cookiecutter.project_slug }}.posts",
{%- endif %}
{%- if rest_api == "drf" %}
    "rest_framework",
    "drf_spectacular",
{%- elif rest_api == "django-ninja" %}
    "ninja",
{%- endif %}
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Right after SecurityMiddleware, so static files skip the rest of the stack.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
{%- if cookiecutter.django_version == "5.2" %}
    "csp.middleware.CSPMiddleware",
{%- else %}
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
{%- endif %}
    # Last, as django-axes asks: it turns a lockout into the response the client gets.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

{% include "variants/config/settings/base.py/templates/" ~ cookiecutter.template_engine ~ ".py" %}
{% include "variants/config/settings/base.py/database/" ~ cookiecutter.database ~ ".py" -%}
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
{%- if cookiecutter.django_version == "5.2" %}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
{%- endif %}

{% include "variants/config/settings/base.py/cache/" ~ cookiecutter.cache ~ ".py" %}
AUTH_USER_MODEL = "users.User"
# django-axes first: it refuses a locked-out client before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "core:home"

# Login throttling (django-axes): after LOGIN_FAILURE_LIMIT failed logins in a row for one
# account, or from one client address, further attempts answer 429 until LOGIN_LOCKOUT_MINUTES
# have passed since the last failure. `python manage.py axes_reset` lifts every lockout at once.
# It covers the login page{{ ", the admin's and the API's HTTP Basic auth" if rest_api != "none" else " and the admin's" }}.
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_CALLABLE = "{{ cookiecutter.project_slug }}.users.lockout.locked_out"
{%- if cookiecutter.username_type == "email" %}
AXES_USERNAME_CALLABLE = "{{ cookiecutter.project_slug }}.users.lockout.login_email"
{%- endif %}
# No banner at startup: the logs then hold what happened, not the configuration.
AXES_VERBOSE = False
{% include "variants/config/settings/base.py/axes_handler/" ~ cookiecutter.cache ~ ".py" %}
# Content-Security-Policy on every response: scripts, styles and images come from this site only
# (images also as data: URLs), no inline script runs, no other site may frame the pages.
{% include "variants/config/settings/base.py/csp/" ~ cookiecutter.django_version ~ ".py" %}
{% include "variants/config/settings/base.py/email/" ~ cookiecutter.django_version ~ ".py" -%}
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="webmaster@localhost")
{% include "variants/config/settings/base.py/rest_api/" ~ rest_api ~ ".py" ignore missing %}
# The admin lives under a configurable prefix, so it need not sit at the well-known /admin/.
ADMIN_URL = env.str("ADMIN_URL", default="admin/")

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [APPS_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
