"""Login failures counted in Redis, shared by every worker."""

import os
import unittest
import uuid

from {{ cookiecutter.project_slug }}.accounts import throttle


@unittest.skipUnless(os.environ.get("REDIS_URL"), "REDIS_URL names no Redis")
class RedisFailuresTests(unittest.TestCase):
    def test_redis_counts_failures_until_its_window_ends(self):
        failures = throttle.RedisFailures(os.environ["REDIS_URL"])
        key = f"test:{uuid.uuid4().hex}"

        failures.add(key, 60)
        failures.add(key, 60)

        count, wait = failures.status(key)
        self.assertEqual(count, 2)
        self.assertTrue(0 < wait <= 60)
        failures.clear(key)
        self.assertEqual(failures.status(key), (0, 0))
