"""Contract: health, home page, unknown paths."""

import pytest

pytestmark = pytest.mark.smoke


def test_health_reports_ok_and_the_database_ok_where_there_is_one(site):
    response = site.client().get("/health")
    assert response.status == 200
    assert response.content_type.startswith("application/json")
    expected = {"status": "ok", "database": "ok"} if site.has("database") else {"status": "ok"}
    assert response.json() == expected


def test_home_page_shows_the_project_name_escaped(site):
    response = site.client().get("/")
    assert response.status == 200
    assert response.content_type.startswith("text/html")
    assert "Smoke &lt;Test&gt; Site" in response.body
    assert "<Test>" not in response.body


def test_unknown_path_is_404(site):
    assert site.client().get("/no-such-page-here/").status == 404
