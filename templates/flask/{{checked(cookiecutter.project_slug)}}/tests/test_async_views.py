"""The async view."""

from {{ cookiecutter.project_slug }}.posts import store


def test_latest_posts_lists_the_five_newest(client, user):
    posts = [store.create_post(f"Post {n}", "Body", store.user_id(user)) for n in range(7)]

    response = client.get("/posts/latest/")

    assert response.status_code == 200
    results = response.json["results"]
    assert [result["title"] for result in results] == [f"Post {n}" for n in range(6, 1, -1)]
    assert results[0]["url"] == f"http://localhost/posts/{posts[-1].id}/"
    assert results[0]["author"] == "ada"
    assert results[0]["created"] == posts[-1].created.isoformat()
