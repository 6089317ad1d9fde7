"""The sitemap of posts, for search engines."""

from django.contrib.sitemaps import Sitemap

from .models import Post


class PostSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Post.objects.order_by("pk")

    def lastmod(self, item):
        return item.updated
