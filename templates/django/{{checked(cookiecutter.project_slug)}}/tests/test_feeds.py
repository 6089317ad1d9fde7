import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from tests.factories import PostFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_rss_feed_lists_the_latest_posts(client):
    posts = PostFactory.create_batch(3)

    response = client.get(reverse("posts:feed-rss"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    rss = ET.fromstring(response.content)
    assert rss.tag == "rss"
    assert rss.get("version") == "2.0"
    items = rss.findall("channel/item")
    assert [item.findtext("title") for item in items] == [post.title for post in posts[::-1]]
    assert items[0].findtext("link").endswith(posts[-1].get_absolute_url())


def test_atom_feed_lists_the_latest_posts(client):
    posts = PostFactory.create_batch(2)

    response = client.get(reverse("posts:feed-atom"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]
    assert titles == [post.title for post in posts[::-1]]
    assert feed.findtext(f"{ATOM}subtitle")
