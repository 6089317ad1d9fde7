"""The sitemap lists the site's pages and every post."""

import xml.etree.ElementTree as ET

from {{ cookiecutter.project_slug }} import sitemap
from {{ cookiecutter.project_slug }}.posts import store

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def locations(response) -> list[str]:
    urlset = ET.fromstring(response.data)
    assert urlset.tag == f"{SITEMAP}urlset"
    return [loc.text for loc in urlset.iter(f"{SITEMAP}loc")]


def test_sitemap_lists_the_pages_and_every_post(client, user, monkeypatch):
    # Small batches, so that the listing crosses several pages of the store.
    monkeypatch.setattr(sitemap, "BATCH", 2)
    posts = [store.create_post(f"Post {n}", "Body", store.user_id(user)) for n in range(5)]

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert response.mimetype == "application/xml"
    found = locations(response)
    assert found[:2] == ["http://localhost/", "http://localhost/posts/"]
    assert sorted(found[2:]) == sorted(f"http://localhost/posts/{post.id}/" for post in posts)
    assert "<lastmod>" in response.get_data(as_text=True)


def test_sitemap_urls_follow_the_request_scheme(client):
    response = client.get("/sitemap.xml", base_url="https://example.com")

    assert locations(response)[0] == "https://example.com/"
