"""Redis: production requires it; without REDIS_URL each process caches in its own memory."""

from django.test import SimpleTestCase

from .fresh_process import GOOD_SECRET, run_django


class RedisSettingsTests(SimpleTestCase):
    def test_production_requires_redis(self):
        result = run_django("production", SECRET_KEY=GOOD_SECRET, REDIS_URL="")

        self.assertNotEqual(result.returncode, 0)
        self.assertIn("REDIS_URL is not set", result.stderr)

    def test_cache_backend_follows_redis_url(self):
        code = "from django.conf import settings\nprint(settings.CACHES['default']['BACKEND'])"
        for url, backend in [("", "LocMemCache"), ("redis://127.0.0.1:6379/0", "RedisCache")]:
            with self.subTest(url=url):
                result = run_django("local", code, REDIS_URL=url)

                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertTrue(result.stdout.strip().endswith(backend))
