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
{%- if cookiecutter.example_app and cookiecutter.use_feeds %}
    "django.contrib.syndication",
{%- endif %}
{%- if cookiecutter.example_app and cookiecutter.use_sitemaps %}
    "django.contrib.sitemaps",
{%- endif %}
    "axes",
    "{{ cookiecutter.project_slug }}.users",
    "{{ cookiecutter.project_slug }}.core",
{%- if cookiecutter.example_app %}
    "{{ cookiecutter.project_slug }}.posts",
{%- endif %}
{%- if cookiecutter.example_app and cookiecutter.rest_api == "drf" %}
    "rest_framework",
    "drf_spectacular",
{%- elif cookiecutter.example_app and cookiecutter.rest_api == "django-ninja" %}
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

{% if cookiecutter.template_engine == "jinja2" -%}
# The site's pages are Jinja2 (found first); the Django template language stays for the admin
# and the other templates that come with Django's apps.
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [APPS_DIR / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {
            "environment": "config.jinja2.environment",
            "context_processors": [
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "{{ cookiecutter.project_slug }}.core.context_processors.project",
            ],
        },
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]
{%- else -%}
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [APPS_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "{{ cookiecutter.project_slug }}.core.context_processors.project",
            ],
        },
    },
]
{%- endif %}

# SQLite in the project directory unless DATABASE_URL names another database
{%- if cookiecutter.database == "postgresql" %}
# (production runs on PostgreSQL: postgres://user:password@host:5432/name).
{%- elif cookiecutter.database == "mysql" %}
# (production runs on MySQL: mysql://user:password@host:3306/name).
{%- elif cookiecutter.database == "mariadb" %}
# (production runs on MariaDB: mysql://user:password@host:3306/name).
{%- elif cookiecutter.database == "oracle" %}
# (production runs on Oracle: oracle://user:password@host:1521/service).
{%- else %}.
{%- endif %}
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
{%- if cookiecutter.django_version == "5.2" %}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
{%- endif %}

{% if cookiecutter.cache == "redis" -%}
# Redis, shared by every worker process, when REDIS_URL is set (production requires it);
# otherwise each process caches in its own memory, so the project runs with nothing installed.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
{%- elif cookiecutter.cache == "memcached" -%}
# Memcached, shared by every worker process, when MEMCACHED_LOCATION is set (production
# requires it); otherwise each process caches in its own memory, so the project runs with
# nothing installed.
MEMCACHED_LOCATION = env.str("MEMCACHED_LOCATION", default="")
if MEMCACHED_LOCATION:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
            "LOCATION": MEMCACHED_LOCATION,
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
{%- else -%}
# Each worker process keeps its own cache: nothing to run, but nothing shared either.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
{%- endif %}

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
# have passed since the last failure.
{%- if cookiecutter.example_app and cookiecutter.rest_api != "none" %} It covers the login page, the admin's and the API's
# HTTP Basic auth. `python manage.py axes_reset` lifts every lockout at once.
{%- else %} It covers the login page and the admin's.
# `python manage.py axes_reset` lifts every lockout at once.
{%- endif %}
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_CALLABLE = "{{ cookiecutter.project_slug }}.users.lockout.locked_out"
{%- if cookiecutter.username_type == "email" %}
AXES_USERNAME_CALLABLE = "{{ cookiecutter.project_slug }}.users.lockout.login_email"
{%- endif %}
# No banner at startup: the logs then hold what happened, not the configuration.
AXES_VERBOSE = False
{%- if cookiecutter.cache in ("redis", "memcached") %}
# Failures are counted where every worker process sees them: in {{ "Redis" if cookiecutter.cache == "redis" else "Memcached" }} when it is
# configured, otherwise in the database (the local-memory cache is each process's own).
AXES_HANDLER = (
    "axes.handlers.cache.AxesCacheHandler"
    if {{ "REDIS_URL" if cookiecutter.cache == "redis" else "MEMCACHED_LOCATION" }}
    else "axes.handlers.database.AxesDatabaseHandler"
)
{%- else %}
# Failures are counted in the database: the local-memory cache is not shared between workers.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
{%- endif %}

# Content-Security-Policy on every response: scripts, styles and images come from this site only
# (images also as data: URLs), no inline script runs, no other site may frame the pages.
{%- if cookiecutter.django_version == "5.2" %}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
{%- else %}
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
{%- endif %}

{% if cookiecutter.django_version == "5.2" -%}
# Password reset mails go to the console unless EMAIL_URL names a server, for example
# smtp+tls://user:password@smtp.example.com:587.
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
{%- else -%}
# Password reset mails go to the console unless EMAIL_URL names an SMTP server, for example
# smtp+tls://user:password@smtp.example.com:587 (production requires one).
EMAIL_URL = env.str("EMAIL_URL", default="")
if EMAIL_URL:
    smtp = environ.Env.email_url_config(EMAIL_URL)
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": smtp["EMAIL_HOST"],
                "port": smtp["EMAIL_PORT"],
                "username": smtp["EMAIL_HOST_USER"],
                "password": smtp["EMAIL_HOST_PASSWORD"],
                "use_tls": smtp.get("EMAIL_USE_TLS", False),
                "use_ssl": smtp.get("EMAIL_USE_SSL", False),
            },
        },
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
{%- endif %}
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="webmaster@localhost")

{% if cookiecutter.example_app and cookiecutter.rest_api == "drf" -%}
REST_FRAMEWORK = {
    # Scripts send HTTP Basic credentials; the browsable API uses the session (and its CSRF).
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "{{ cookiecutter.project_slug }}.api.authentication.BasicAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 10,
    # The URL namespace names the version (api/urls.py): today v1 at /api/.
    "DEFAULT_VERSIONING_CLASS": "rest_framework.versioning.NamespaceVersioning",
    "DEFAULT_VERSION": "v1",
    "ALLOWED_VERSIONS": ["v1"],
    # Per client address for anonymous requests, per user otherwise; counted in the cache.
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {"anon": "100/minute", "user": "1000/minute"},
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": PROJECT_NAME,
    "DESCRIPTION": PROJECT_DESCRIPTION,
    "VERSION": "1",
}

{% endif -%}
# The admin lives under a configurable prefix, so it need not sit at the well-known /admin/.
ADMIN_URL = env.str("ADMIN_URL", default="admin/")

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [APPS_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
