"""JSON Web Tokens: a token pair for credentials, Bearer access tokens for API writes."""

from datetime import timedelta

import pytest

from {{ cookiecutter.project_slug }}.posts import store


@pytest.fixture
def pair(client, user, password):
    response = client.post("/api/token/", json={"username": "ada", "password": password})
    assert response.status_code == 200
    return response.json


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_credentials_get_a_token_pair(client, user, password):
    by_email = client.post("/api/token/", json={"email": "ada@example.com", "password": password})

    assert by_email.status_code == 200
    assert set(by_email.json) == {"access", "refresh"}


@pytest.mark.parametrize(
    "payload",
    [{"username": "ada", "password": "wrong"}, {"username": "nobody", "password": "x"}],
)
def test_wrong_credentials_get_401(client, user, payload):
    response = client.post("/api/token/", json=payload)

    assert response.status_code == 401
    assert "access" not in response.json


@pytest.mark.parametrize("payload", [["ada"], {"username": "ada"}, {"password": "x"}])
def test_incomplete_requests_get_400(client, user, payload):
    assert client.post("/api/token/", json=payload).status_code == 400


def test_access_token_authorises_writes(client, pair):
    response = client.post(
        "/api/posts/", json={"title": "By token", "body": "Text"}, headers=bearer(pair["access"])
    )

    assert response.status_code == 201
    assert response.json["author"] == "ada"


@pytest.mark.parametrize("token", ["not-a-token", "refresh"])
def test_only_valid_access_tokens_authorise_writes(client, pair, token):
    headers = bearer(pair.get(token, token))

    response = client.post("/api/posts/", json={"title": "T", "body": "B"}, headers=headers)

    assert response.status_code == 401
    assert store.list_posts()[1] == 0


def test_refresh_token_gets_a_new_access_token(client, pair):
    response = client.post("/api/token/refresh/", headers=bearer(pair["refresh"]))

    assert response.status_code == 200
    created = client.post(
        "/api/posts/", json={"title": "T", "body": "B"}, headers=bearer(response.json["access"])
    )
    assert created.status_code == 201


def test_access_token_cannot_refresh(client, pair):
    response = client.post("/api/token/refresh/", headers=bearer(pair["access"]))

    assert response.status_code in (401, 422)


def test_access_tokens_are_short_lived(app):
    assert app.config["JWT_ACCESS_TOKEN_EXPIRES"] == timedelta(minutes=15)
    assert app.config["JWT_REFRESH_TOKEN_EXPIRES"] == timedelta(days=30)


def test_revoking_refuses_every_token_of_the_user(client, pair):
    response = client.post("/api/token/revoke/", headers=bearer(pair["access"]))

    assert response.status_code == 204
    headers = bearer(pair["access"])
    write = client.post("/api/posts/", json={"title": "T", "body": "B"}, headers=headers)
    assert write.status_code == 401
    assert client.post("/api/token/refresh/", headers=bearer(pair["refresh"])).status_code == 401
    assert store.list_posts()[1] == 0


def test_logging_out_of_the_site_revokes_the_users_tokens(client, pair, login, csrf_token):
    login("ada")

    client.post("/accounts/logout/", data={"csrf_token": csrf_token()})

    assert client.post("/api/token/refresh/", headers=bearer(pair["refresh"])).status_code == 401
