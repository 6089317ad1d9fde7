from django.conf import settings
from django.utils.html import escape
from pytest_django.asserts import assertContains, assertTemplateUsed


def test_home_shows_project_name_and_description(client):
    response = client.get("/")

    assert response.status_code == 200
    assertTemplateUsed(response, "core/home.html")
    assertTemplateUsed(response, "base.html")
    content = response.content.decode()
    assert escape(settings.PROJECT_NAME) in content
    assert escape(settings.PROJECT_DESCRIPTION) in content


def test_home_takes_project_name_from_settings(client, settings):
    settings.PROJECT_NAME = "Renamed <Site>"

    response = client.get("/")

    assertContains(response, "<title>Renamed &lt;Site&gt;</title>", html=True)


def test_stylesheet_is_linked_and_served(client):
    page = client.get("/").content.decode()
    stylesheet = client.get("/static/css/site.css")

    assert 'href="/static/css/site.css"' in page
    assert stylesheet.status_code == 200
    assert b"body" in b"".join(stylesheet.streaming_content)
