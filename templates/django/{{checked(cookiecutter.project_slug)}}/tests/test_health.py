import asyncio

import pytest
from django.urls import reverse


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


def test_liveness_answers_without_the_database(async_client, failing_database):
    # The view is a coroutine: the async client awaits it on an event loop, no thread involved.
    response = asyncio.run(async_client.get(reverse("core:live")))

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_liveness_refuses_unsafe_methods(async_client):
    response = asyncio.run(async_client.post(reverse("core:live")))

    assert response.status_code == 405
