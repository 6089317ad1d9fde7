"""Contract: health, home page, unknown paths."""

import pytest

pytestmark = pytest.mark.smoke


def test_health_reports_the_database_ok(site):
    response = site.client().get("/health")
    assert response.status == 200
    assert response.content_type.startswith("application/json")
    assert response.json() == {"status": "ok", "database": "ok"}


def test_home_page_shows_the_project_name_escaped(site):
    response = site.client().get("/")
    assert response.status == 200
    assert response.content_type.startswith("text/html")
    assert "Smoke &lt;Test&gt; Site" in response.body
    assert "<Test>" not in response.body


def test_unknown_path_is_404(site):
    assert site.client().get("/no-such-page-here/").status == 404
