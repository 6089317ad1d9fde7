"""The sitemap lists every post."""

import xml.etree.ElementTree as ET

from django.test import TestCase

from .factories import make_posts, make_user

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


class SitemapTests(TestCase):
    def test_sitemap_lists_every_post(self):
        posts = make_posts(make_user("author"), 3)

        response = self.client.get("/sitemap.xml")

        self.assertEqual(response.status_code, 200)
        urlset = ET.fromstring(response.content)
        self.assertEqual(urlset.tag, f"{SITEMAP}urlset")
        urls = urlset.findall(f"{SITEMAP}url")
        self.assertEqual(
            [url.findtext(f"{SITEMAP}loc") for url in urls],
            [f"http://testserver{post.get_absolute_url()}" for post in posts],
        )
        self.assertTrue(all(url.findtext(f"{SITEMAP}lastmod") for url in urls))
