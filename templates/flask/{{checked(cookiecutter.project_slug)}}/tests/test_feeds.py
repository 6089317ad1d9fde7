"""The RSS and Atom feeds of the latest posts."""

import xml.etree.ElementTree as ET
{%- if cookiecutter.__cache != "none" %}
from unittest import mock
{%- endif %}

from {{ cookiecutter.project_slug }} import feeds
from {{ cookiecutter.project_slug }}.posts import store
from tests.base import AppTestCase

ATOM = "{http://www.w3.org/2005/Atom}"


class FeedTests(AppTestCase):
    def make_posts(self):
        """Twelve posts by ada, oldest first: more than a feed lists."""
        user = self.make_user("ada")
        return [store.create_post(f"Post {n}", f"Body {n}", store.user_id(user)) for n in range(12)]

    def test_rss_lists_the_latest_posts_newest_first(self):
        posts = self.make_posts()

        response = self.client.get("/posts/feed/rss/")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.mimetype, "application/rss+xml")
        rss = ET.fromstring(response.data)
        self.assertEqual(rss.tag, "rss")
        self.assertEqual(rss.get("version"), "2.0")
        items = rss.findall("channel/item")
        self.assertEqual(
            [item.findtext("title") for item in items], [f"Post {n}" for n in range(11, 1, -1)]
        )
        self.assertEqual(items[0].findtext("link"), f"http://localhost/posts/{posts[-1].id}/")
        self.assertEqual(items[0].findtext("description"), "Body 11")

    def test_atom_lists_the_latest_posts_newest_first(self):
        posts = self.make_posts()

        response = self.client.get("/posts/feed/atom/")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.mimetype, "application/atom+xml")
        feed = ET.fromstring(response.data)
        self.assertEqual(feed.tag, f"{ATOM}feed")
        entries = feed.findall(f"{ATOM}entry")
        self.assertEqual(len(entries), feeds.FEED_LENGTH)
        newest = entries[0]
        self.assertEqual(newest.findtext(f"{ATOM}title"), "Post 11")
        self.assertEqual(
            newest.find(f"{ATOM}link").get("href"), f"http://localhost/posts/{posts[-1].id}/"
        )
        self.assertEqual(newest.findtext(f"{ATOM}author/{ATOM}name"), "ada")
        self.assertEqual(feed.findtext(f"{ATOM}updated"), newest.findtext(f"{ATOM}updated"))

    def test_feeds_escape_markup(self):
        user = self.make_user("ada")
        store.create_post("<script>alert(1)</script>", "<b>bold</b>", store.user_id(user))

        for path in ("/posts/feed/rss/", "/posts/feed/atom/"):
            body = self.client.get(path).get_data(as_text=True)
            self.assertNotIn("<script>", body)
            self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", body)

    def test_an_empty_feed_is_still_valid(self):
        rss = ET.fromstring(self.client.get("/posts/feed/rss/").data)
        feed = ET.fromstring(self.client.get("/posts/feed/atom/").data)

        self.assertEqual(rss.findall("channel/item"), [])
        self.assertEqual(rss.findtext("channel/title"), self.app.config["PROJECT_NAME"])
        self.assertEqual(feed.findall(f"{ATOM}entry"), [])
{%- if cookiecutter.__cache != "none" %}

    def test_a_feed_is_rendered_once_until_its_posts_change(self):
        user = self.make_user("ada")
        post = store.create_post("First", "Body", store.user_id(user))
        renders = []
        generator = feeds.FeedGenerator
        with mock.patch.object(feeds, "FeedGenerator", lambda: renders.append(1) or generator()):
            first = self.client.get("/posts/feed/rss/").data
            second = self.client.get("/posts/feed/rss/").data
            self.assertEqual(second, first)
            self.assertEqual(len(renders), 1)

            store.update_post(post.id, title="Edited")
            third = self.client.get("/posts/feed/rss/").get_data(as_text=True)
            self.assertEqual(len(renders), 2)
            self.assertIn("<title>Edited</title>", third)
{%- endif %}
