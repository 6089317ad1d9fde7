"""The sitemap lists the site's pages and every post."""

import xml.etree.ElementTree as ET
from unittest import mock

from {{ cookiecutter.project_slug }} import sitemap
from {{ cookiecutter.project_slug }}.posts import store
from tests.base import AppTestCase

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


class SitemapTests(AppTestCase):
    def locations(self, response) -> list[str]:
        urlset = ET.fromstring(response.data)
        self.assertEqual(urlset.tag, f"{SITEMAP}urlset")
        return [loc.text for loc in urlset.iter(f"{SITEMAP}loc")]

    def test_sitemap_lists_the_pages_and_every_post(self):
        user = self.make_user("ada")
        # Small batches, so that the listing crosses several pages of the store.
        with mock.patch.object(sitemap, "BATCH", 2):
            posts = [store.create_post(f"Post {n}", "Body", store.user_id(user)) for n in range(5)]

            response = self.client.get("/sitemap.xml")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.mimetype, "application/xml")
        found = self.locations(response)
        self.assertEqual(found[:2], ["http://localhost/", "http://localhost/posts/"])
        self.assertEqual(
            sorted(found[2:]), sorted(f"http://localhost/posts/{post.id}/" for post in posts)
        )
        self.assertIn("<lastmod>", response.get_data(as_text=True))

    def test_sitemap_urls_follow_the_request_scheme(self):
        response = self.client.get("/sitemap.xml", base_url="https://example.com")

        self.assertEqual(self.locations(response)[0], "https://example.com/")
