"""What the Django Ninja API adds: its throttle."""

from unittest import mock

from django.core.cache import cache
from django.test import TestCase
from ninja.throttling import AnonRateThrottle

from {{ cookiecutter.project_slug }}.api.urls import api


class NinjaApiTests(TestCase):
    def setUp(self):
        # Throttling counts requests in the cache: start every test afresh.
        cache.clear()
        self.addCleanup(cache.clear)

    def test_anonymous_clients_are_throttled(self):
        throttle = next(t for t in api.throttle if isinstance(t, AnonRateThrottle))
        with mock.patch.object(throttle, "num_requests", 2):
            statuses = [self.client.get("/api/posts/").status_code for _ in range(3)]

        self.assertEqual(statuses, [200, 200, 429])
