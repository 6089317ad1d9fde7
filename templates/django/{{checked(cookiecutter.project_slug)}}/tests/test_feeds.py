"""The RSS and Atom feeds of the latest posts."""

import xml.etree.ElementTree as ET

from django.test import TestCase
from django.urls import reverse

from .factories import make_posts, make_user

ATOM = "{http://www.w3.org/2005/Atom}"


class FeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.posts = make_posts(make_user("author"), 3)

    def test_rss_feed_lists_the_latest_posts(self):
        response = self.client.get(reverse("posts:feed-rss"))

        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("application/rss+xml"))
        rss = ET.fromstring(response.content)
        self.assertEqual((rss.tag, rss.get("version")), ("rss", "2.0"))
        items = rss.findall("channel/item")
        titles = [item.findtext("title") for item in items]
        self.assertEqual(titles, [post.title for post in self.posts[::-1]])
        self.assertTrue(items[0].findtext("link").endswith(self.posts[-1].get_absolute_url()))

    def test_atom_feed_lists_the_latest_posts(self):
        response = self.client.get(reverse("posts:feed-atom"))

        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("application/atom+xml"))
        feed = ET.fromstring(response.content)
        self.assertEqual(feed.tag, f"{ATOM}feed")
        titles = [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]
        self.assertEqual(titles, [post.title for post in self.posts[::-1]])
        self.assertTrue(feed.findtext(f"{ATOM}subtitle"))
