"""RSS 2.0 and Atom feeds of the latest posts."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed

from .models import Post

FEED_LENGTH = 20


class RssPostsFeed(Feed):
    link = reverse_lazy("posts:list")

    def title(self):
        return settings.PROJECT_NAME

    def description(self):
        return f"The latest posts on {settings.PROJECT_NAME}."

    def items(self):
        return Post.objects.all()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.body

    def item_pubdate(self, item):
        return item.created

    def item_updateddate(self, item):
        return item.updated


class AtomPostsFeed(RssPostsFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
