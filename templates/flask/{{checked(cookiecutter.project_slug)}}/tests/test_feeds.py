"""The RSS and Atom feeds of the latest posts."""

import xml.etree.ElementTree as ET

import pytest

from {{ cookiecutter.project_slug }} import feeds
from {{ cookiecutter.project_slug }}.posts import store

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def posts(user):
    """Twelve posts, oldest first: more than a feed lists."""
    return [store.create_post(f"Post {n}", f"Body {n}", store.user_id(user)) for n in range(12)]


def test_rss_lists_the_latest_posts_newest_first(client, posts):
    response = client.get("/posts/feed/rss/")

    assert response.status_code == 200
    assert response.mimetype == "application/rss+xml"
    rss = ET.fromstring(response.data)
    assert rss.tag == "rss"
    assert rss.get("version") == "2.0"
    items = rss.findall("channel/item")
    assert [item.findtext("title") for item in items] == [f"Post {n}" for n in range(11, 1, -1)]
    assert items[0].findtext("link") == f"http://localhost/posts/{posts[-1].id}/"
    assert items[0].findtext("description") == "Body 11"


def test_atom_lists_the_latest_posts_newest_first(client, posts):
    response = client.get("/posts/feed/atom/")

    assert response.status_code == 200
    assert response.mimetype == "application/atom+xml"
    feed = ET.fromstring(response.data)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == feeds.FEED_LENGTH
    newest = entries[0]
    assert newest.findtext(f"{ATOM}title") == "Post 11"
    assert newest.find(f"{ATOM}link").get("href") == f"http://localhost/posts/{posts[-1].id}/"
    assert newest.findtext(f"{ATOM}author/{ATOM}name") == "ada"
    assert feed.findtext(f"{ATOM}updated") == newest.findtext(f"{ATOM}updated")


def test_feeds_escape_markup(client, user):
    store.create_post("<script>alert(1)</script>", "<b>bold</b>", store.user_id(user))

    for path in ("/posts/feed/rss/", "/posts/feed/atom/"):
        body = client.get(path).get_data(as_text=True)
        assert "<script>" not in body
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_an_empty_feed_is_still_valid(client):
    rss = ET.fromstring(client.get("/posts/feed/rss/").data)
    feed = ET.fromstring(client.get("/posts/feed/atom/").data)

    assert rss.findall("channel/item") == []
    assert rss.findtext("channel/title") == client.application.config["PROJECT_NAME"]
    assert feed.findall(f"{ATOM}entry") == []
{%- if cookiecutter.__cache != "none" %}


def test_a_feed_is_rendered_once_until_its_posts_change(client, user, monkeypatch):
    post = store.create_post("First", "Body", store.user_id(user))
    renders = []
    generator = feeds.FeedGenerator
    monkeypatch.setattr(feeds, "FeedGenerator", lambda: renders.append(1) or generator())

    first = client.get("/posts/feed/rss/").data
    second = client.get("/posts/feed/rss/").data
    assert second == first
    assert len(renders) == 1

    store.update_post(post.id, title="Edited")
    third = client.get("/posts/feed/rss/").get_data(as_text=True)
    assert len(renders) == 2
    assert "<title>Edited</title>" in third
{%- endif %}
