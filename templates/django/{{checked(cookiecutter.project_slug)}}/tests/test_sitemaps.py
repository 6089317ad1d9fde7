import xml.etree.ElementTree as ET

import pytest

from tests.factories import PostFactory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_sitemap_lists_every_post(client):
    posts = PostFactory.create_batch(3)

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    urlset = ET.fromstring(response.content)
    assert urlset.tag == f"{SITEMAP}urlset"
    locations = [url.findtext(f"{SITEMAP}loc") for url in urlset.findall(f"{SITEMAP}url")]
    assert locations == [f"http://testserver{post.get_absolute_url()}" for post in posts]
    assert all(url.findtext(f"{SITEMAP}lastmod") for url in urlset.findall(f"{SITEMAP}url"))
