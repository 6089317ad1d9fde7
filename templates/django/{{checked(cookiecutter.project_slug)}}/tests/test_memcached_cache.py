"""Memcached: production requires it; without MEMCACHED_LOCATION each process caches in its
own memory."""

from django.test import SimpleTestCase

from .fresh_process import GOOD_SECRET, run_django


class MemcachedSettingsTests(SimpleTestCase):
    def test_production_requires_memcached(self):
        result = run_django("production", SECRET_KEY=GOOD_SECRET, MEMCACHED_LOCATION="")

        self.assertNotEqual(result.returncode, 0)
        self.assertIn("MEMCACHED_LOCATION is not set", result.stderr)

    def test_cache_backend_follows_memcached_location(self):
        code = "from django.conf import settings\nprint(settings.CACHES['default']['BACKEND'])"
        for location, backend in [("", "LocMemCache"), ("127.0.0.1:11211", "PyMemcacheCache")]:
            with self.subTest(location=location):
                result = run_django("local", code, MEMCACHED_LOCATION=location)

                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertTrue(result.stdout.strip().endswith(backend))
