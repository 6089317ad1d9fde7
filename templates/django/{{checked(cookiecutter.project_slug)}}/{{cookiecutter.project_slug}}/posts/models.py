"""Posts written by the site's users."""

from django.conf import settings
from django.db import models
from django.urls import reverse


class Post(models.Model):
    title = models.CharField(max_length=200)
    body = models.TextField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="posts"
    )
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        # Newest first; the id breaks ties between posts saved in the same instant.
        ordering = ["-created", "-id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("posts:detail", args=[self.pk])

    def can_be_changed_by(self, user):
        """Only the author and staff may edit or delete a post."""
        return user.is_authenticated and (user.pk == self.author_id or user.is_staff)
