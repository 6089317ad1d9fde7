"""The newest posts for the home page, cached.

The cache key names how many posts exist and when the last one changed, so adding, editing or
deleting a post starts a new entry: correct with any number of worker processes, without
invalidation signals, at the price of one cheap aggregate query per page view.
"""

from django.core.cache import cache
from django.db.models import Count, Max

from .models import Post

LATEST_COUNT = 5
CACHE_SECONDS = 300


def latest_posts():
    state = Post.objects.aggregate(count=Count("id"), changed=Max("updated"))
    changed = state["changed"].timestamp() if state["changed"] else 0
    key = f"posts:latest:{state['count']}:{changed}"
    return cache.get_or_set(
        key, lambda: list(Post.objects.select_related("author")[:LATEST_COUNT]), CACHE_SECONDS
    )
