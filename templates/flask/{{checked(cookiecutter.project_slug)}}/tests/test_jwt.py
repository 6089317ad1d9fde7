"""JSON Web Tokens: a token pair for credentials, Bearer access tokens for API writes."""

from datetime import timedelta

from {{ cookiecutter.project_slug }}.posts import store
from tests.base import PASSWORD, AppTestCase


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


class TokenPairTests(AppTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.user = self.make_user("ada")

    def test_credentials_get_a_token_pair(self):
        by_email = self.client.post(
            "/api/token/", json={"email": "ada@example.com", "password": PASSWORD}
        )

        self.assertEqual(by_email.status_code, 200)
        self.assertEqual(set(by_email.json), {"access", "refresh"})

    def test_wrong_credentials_get_401(self):
        payloads = [
            {"username": "ada", "password": "wrong"},
            {"username": "nobody", "password": "x"},
        ]
        for payload in payloads:
            with self.subTest(payload=payload):
                response = self.client.post("/api/token/", json=payload)

                self.assertEqual(response.status_code, 401)
                self.assertNotIn("access", response.json)

    def test_incomplete_requests_get_400(self):
        for payload in [["ada"], {"username": "ada"}, {"password": "x"}]:
            with self.subTest(payload=payload):
                self.assertEqual(self.client.post("/api/token/", json=payload).status_code, 400)


class BearerTokenTests(AppTestCase):
    """ada holds a token pair, ``self.pair``."""

    def setUp(self) -> None:
        super().setUp()
        self.user = self.make_user("ada")
        response = self.client.post("/api/token/", json={"username": "ada", "password": PASSWORD})
        self.assertEqual(response.status_code, 200)
        self.pair = response.json

    def test_access_token_authorises_writes(self):
        response = self.client.post(
            "/api/posts/",
            json={"title": "By token", "body": "Text"},
            headers=bearer(self.pair["access"]),
        )

        self.assertEqual(response.status_code, 201)
        self.assertEqual(response.json["author"], "ada")

    def test_only_valid_access_tokens_authorise_writes(self):
        for token in ["not-a-token", "refresh"]:
            with self.subTest(token=token):
                headers = bearer(self.pair.get(token, token))

                response = self.client.post(
                    "/api/posts/", json={"title": "T", "body": "B"}, headers=headers
                )

                self.assertEqual(response.status_code, 401)
                self.assertEqual(store.list_posts()[1], 0)

    def test_refresh_token_gets_a_new_access_token(self):
        response = self.client.post("/api/token/refresh/", headers=bearer(self.pair["refresh"]))

        self.assertEqual(response.status_code, 200)
        created = self.client.post(
            "/api/posts/", json={"title": "T", "body": "B"}, headers=bearer(response.json["access"])
        )
        self.assertEqual(created.status_code, 201)

    def test_access_token_cannot_refresh(self):
        response = self.client.post("/api/token/refresh/", headers=bearer(self.pair["access"]))

        self.assertIn(response.status_code, (401, 422))

    def test_access_tokens_are_short_lived(self):
        self.assertEqual(self.app.config["JWT_ACCESS_TOKEN_EXPIRES"], timedelta(minutes=15))
        self.assertEqual(self.app.config["JWT_REFRESH_TOKEN_EXPIRES"], timedelta(days=30))

    def test_revoking_refuses_every_token_of_the_user(self):
        response = self.client.post("/api/token/revoke/", headers=bearer(self.pair["access"]))

        self.assertEqual(response.status_code, 204)
        headers = bearer(self.pair["access"])
        write = self.client.post("/api/posts/", json={"title": "T", "body": "B"}, headers=headers)
        self.assertEqual(write.status_code, 401)
        refresh = self.client.post("/api/token/refresh/", headers=bearer(self.pair["refresh"]))
        self.assertEqual(refresh.status_code, 401)
        self.assertEqual(store.list_posts()[1], 0)

    def test_logging_out_of_the_site_revokes_the_users_tokens(self):
        self.login("ada")

        self.client.post("/accounts/logout/", data={"csrf_token": self.csrf_token()})

        refresh = self.client.post("/api/token/refresh/", headers=bearer(self.pair["refresh"]))
        self.assertEqual(refresh.status_code, 401)
