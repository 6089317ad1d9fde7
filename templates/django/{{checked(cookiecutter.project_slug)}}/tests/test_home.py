{% if cookiecutter.example_app -%}
import pytest
{% endif -%}
from django.conf import settings
from django.utils.html import escape
from pytest_django.asserts import assertContains
{%- if cookiecutter.example_app %}

pytestmark = pytest.mark.django_db
{%- endif %}


def test_home_shows_project_name_and_description(client):
    response = client.get("/")

    assert response.status_code == 200
{%- if cookiecutter.example_app %}
    assert response.template_name == ["posts/home.html"]
{%- else %}
    assert response.template_name == ["core/home.html"]
{%- endif %}
    # Compared as parsed HTML: the engines escape quotes differently (&#x27; or &#39;).
    assertContains(response, escape(settings.PROJECT_NAME), html=True)
    assertContains(response, escape(settings.PROJECT_DESCRIPTION), html=True)


def test_home_takes_project_name_from_settings(client, settings):
    settings.PROJECT_NAME = "Renamed <Site>"

    response = client.get("/")

    assertContains(response, "<title>Renamed &lt;Site&gt;</title>", html=True)


def test_home_offers_login_and_signup_to_visitors(client):
    response = client.get("/")

    assertContains(response, 'href="/accounts/login/"')
    assertContains(response, 'href="/accounts/signup/"')


def test_stylesheet_is_linked_and_served(client):
    page = client.get("/").content.decode()
    stylesheet = client.get("/static/css/site.css")

    assert 'href="/static/css/site.css"' in page
    assert stylesheet.status_code == 200
    assert b"body" in b"".join(stylesheet.streaming_content)
