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
