"""Helpers the test modules share, for requests as signed-in users."""

from base64 import b64encode


def basic(identifier: str, password: str) -> dict:
    """The headers of HTTP Basic authentication, as the API accepts it."""
    token = b64encode(f"{identifier}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def logged_in(client) -> bool:
    """Whether the client's pages show it signed in."""
    return "Log out" in client.get("/").get_data(as_text=True)
