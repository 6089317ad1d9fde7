# Each worker process keeps its own cache: nothing to run, but nothing shared either.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
