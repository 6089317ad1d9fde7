"""The posts pages: reading for everyone, writing for users, changing for authors and staff."""

from django.test import Client, TestCase
from django.urls import reverse

from {{ cookiecutter.project_slug }}.posts.models import Post

from .factories import make_post, make_posts, make_user


class PostPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = make_user("author")
        cls.other_user = make_user("other")
        cls.staff_user = make_user("staff", is_staff=True)
        cls.post = make_post(cls.author)

    def test_list_pages_ten_posts_at_a_time_newest_first(self):
        posts = [self.post, *make_posts(self.author, 11)]

        first = self.client.get(reverse("posts:list"))
        second = self.client.get(reverse("posts:list"), {"page": 2})

        self.assertEqual(list(first.context_data["post_list"]), posts[::-1][:10])
        self.assertEqual(list(second.context_data["post_list"]), posts[::-1][10:])
        self.assertContains(first, "?page=2")
        self.assertEqual(self.client.get(reverse("posts:list"), {"page": 3}).status_code, 404)

    def test_list_without_posts_says_so(self):
        Post.objects.all().delete()

        self.assertContains(self.client.get(reverse("posts:list")), "No posts yet.")

    def test_detail_shows_the_post(self):
        response = self.client.get(self.post.get_absolute_url())

        self.assertContains(response, self.post.title)
        self.assertContains(response, self.author.get_username())
        self.assertNotContains(response, reverse("posts:update", args=[self.post.pk]))

    def test_detail_escapes_user_content(self):
        post = make_post(self.author, title="<script>alert(1)</script>", body="<b>bold</b>")

        response = self.client.get(post.get_absolute_url())

        self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")
        self.assertContains(response, "&lt;b&gt;bold&lt;/b&gt;")
        self.assertNotContains(response, "<script>alert(1)</script>")

    def test_detail_of_unknown_post_is_404(self):
        self.assertEqual(self.client.get(reverse("posts:detail", args=[999999])).status_code, 404)

    def test_create_sends_anonymous_users_to_login(self):
        response = self.client.get(reverse("posts:create"))

        self.assertRedirects(response, f"{reverse('login')}?next={reverse('posts:create')}")

    def test_create_publishes_a_post_by_the_current_user(self):
        self.client.force_login(self.other_user)

        response = self.client.post(reverse("posts:create"), {"title": "Hello", "body": "First."})

        post = Post.objects.get(title="Hello")
        self.assertRedirects(response, post.get_absolute_url(), fetch_redirect_response=False)
        self.assertEqual((post.body, post.author), ("First.", self.other_user))
        self.assertContains(self.client.get(response.url), "Post published.")

    def test_create_shows_errors_for_invalid_posts(self):
        self.client.force_login(self.author)
        cases = {
            "empty-title": {"title": "", "body": "Text"},
            "long-title": {"title": "x" * 201, "body": "Text"},
            "empty-body": {"title": "T", "body": ""},
        }
        for name, data in cases.items():
            with self.subTest(name):
                response = self.client.post(reverse("posts:create"), data)

                self.assertEqual(response.status_code, 200)
                self.assertTrue(response.context_data["form"].errors)
                self.assertContains(response, "errorlist")
                self.assertEqual(Post.objects.count(), 1)

    def test_create_without_csrf_token_is_rejected(self):
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.author)

        response = client.post(reverse("posts:create"), {"title": "Hello", "body": "Text"})

        self.assertEqual(response.status_code, 403)
        self.assertEqual(Post.objects.count(), 1)

    def test_author_edits_their_post(self):
        self.client.force_login(self.author)
        url = reverse("posts:update", args=[self.post.pk])

        self.assertContains(self.client.get(self.post.get_absolute_url()), url)
        response = self.client.post(url, {"title": "Edited", "body": "New body"})

        self.assertEqual(response.status_code, 302)
        self.post.refresh_from_db()
        self.assertEqual((self.post.title, self.post.body), ("Edited", "New body"))

    def test_staff_edit_any_post(self):
        self.client.force_login(self.staff_user)

        response = self.client.post(
            reverse("posts:update", args=[self.post.pk]), {"title": "Moderated", "body": "Text"}
        )

        self.assertEqual(response.status_code, 302)
        self.post.refresh_from_db()
        self.assertEqual(self.post.title, "Moderated")

    def test_other_users_cannot_edit_or_delete(self):
        self.client.force_login(self.other_user)

        update = self.client.get(reverse("posts:update", args=[self.post.pk]))
        delete = self.client.post(reverse("posts:delete", args=[self.post.pk]))

        self.assertEqual((update.status_code, delete.status_code), (403, 403))
        self.assertTrue(Post.objects.filter(pk=self.post.pk).exists())

    def test_anonymous_users_are_sent_to_login(self):
        for name in ["posts:update", "posts:delete"]:
            with self.subTest(name):
                response = self.client.get(reverse(name, args=[self.post.pk]))

                self.assertEqual(response.status_code, 302)
                self.assertTrue(response.url.startswith(reverse("login")))

    def test_unknown_post_cannot_be_edited(self):
        self.client.force_login(self.author)

        response = self.client.get(reverse("posts:update", args=[999999]))

        self.assertEqual(response.status_code, 404)

    def test_author_deletes_their_post(self):
        self.client.force_login(self.author)

        confirmation = self.client.get(reverse("posts:delete", args=[self.post.pk]))
        self.assertEqual(confirmation.status_code, 200)
        response = self.client.post(reverse("posts:delete", args=[self.post.pk]))

        self.assertRedirects(response, reverse("posts:list"))
        self.assertFalse(Post.objects.exists())

    def test_post_is_shown_by_its_title(self):
        self.assertEqual(str(self.post), self.post.title)


class PostAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.admin = make_user("root", is_staff=True, is_superuser=True)
        cls.post = make_post(cls.admin, title="Findable", body="Its body.")

    def test_lists_and_searches_posts(self):
        self.client.force_login(self.admin)

        response = self.client.get(reverse("admin:posts_post_changelist"), {"q": "Findable"})

        self.assertContains(response, "Findable")

    def test_edits_posts(self):
        self.client.force_login(self.admin)

        response = self.client.get(reverse("admin:posts_post_change", args=[self.post.pk]))

        self.assertContains(response, "Its body.")
