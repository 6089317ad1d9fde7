import pytest


@pytest.mark.django_db
def test_health_reports_ok(client):
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_reports_database_failure(client, failing_database):
    response = client.get("/health")

    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "error"}


@pytest.mark.django_db
def test_health_answers_head_requests(client):
    response = client.head("/health")

    assert response.status_code == 200


def test_health_refuses_unsafe_methods(client):
    response = client.post("/health")

    assert response.status_code == 405
