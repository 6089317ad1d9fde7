"""Contract: RSS 2.0 and Atom feeds, and the sitemap, parsed as XML and listing the posts."""

import xml.etree.ElementTree as ET

import pytest

from tests.contract.actions import create_post, served, signup

pytestmark = pytest.mark.smoke

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _a_post(site):
    client, _ = signup(site)
    return create_post(client, "Post for feeds")


def _xml(response):
    assert response.status == 200, response.body
    assert "xml" in response.content_type, response.content_type
    return ET.fromstring(response.body.encode())


def test_rss_feed_lists_the_latest_posts(site):
    if not served(site, "feeds"):
        return
    post_id = _a_post(site)
    rss = _xml(site.client().get("/posts/feed/rss/"))
    assert rss.tag == "rss"
    assert rss.get("version") == "2.0"
    links = [item.findtext("link") for item in rss.iter("item")]
    assert any(link.endswith(f"/posts/{post_id}/") for link in links), links


def test_atom_feed_lists_the_latest_posts(site):
    if not served(site, "feeds"):
        return
    post_id = _a_post(site)
    atom = _xml(site.client().get("/posts/feed/atom/"))
    assert atom.tag == f"{ATOM}feed"
    links = [
        link.get("href")
        for entry in atom.iter(f"{ATOM}entry")
        for link in entry.iter(f"{ATOM}link")
    ]
    assert any(link.endswith(f"/posts/{post_id}/") for link in links), links


def test_sitemap_lists_every_post(site):
    if not served(site, "sitemap"):
        return
    post_id = _a_post(site) if site.has("accounts") else None
    urlset = _xml(site.client().get("/sitemap.xml"))
    assert urlset.tag == f"{SITEMAP}urlset"
    locations = [loc.text for loc in urlset.iter(f"{SITEMAP}loc")]
    assert locations and all(loc.startswith("http") for loc in locations)
    if post_id is not None:
        assert any(loc.endswith(f"/posts/{post_id}/") for loc in locations), locations
