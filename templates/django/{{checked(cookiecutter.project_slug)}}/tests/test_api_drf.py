"""What Django REST framework adds to the API: its throttle and the browsable pages."""

from unittest import mock

from django.core.cache import cache
from django.test import TestCase
from rest_framework.throttling import AnonRateThrottle

from .factories import make_post, make_user


class DrfApiTests(TestCase):
    def setUp(self):
        # Throttling counts requests in the cache: start every test afresh.
        cache.clear()
        self.addCleanup(cache.clear)

    def test_anonymous_clients_are_throttled(self):
        # DRF reads the rate when a throttle is created, unless the class names one.
        with mock.patch.object(AnonRateThrottle, "rate", "2/minute", create=True):
            statuses = [self.client.get("/api/posts/").status_code for _ in range(3)]

        self.assertEqual(statuses, [200, 200, 429])

    def test_browsable_api_renders_for_browsers(self):
        post = make_post(make_user("author"))

        response = self.client.get("/api/posts/", headers={"accept": "text/html"})

        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("text/html"))
        self.assertContains(response, post.title)
