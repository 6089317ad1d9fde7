from django.urls import path

from . import views
{%- if cookiecutter.use_feeds %}
from .feeds import AtomPostsFeed, RssPostsFeed
{%- endif %}

app_name = "posts"

urlpatterns = [
    path("", views.PostListView.as_view(), name="list"),
    path("new/", views.PostCreateView.as_view(), name="create"),
    path("<int:pk>/", views.PostDetailView.as_view(), name="detail"),
    path("<int:pk>/edit/", views.PostUpdateView.as_view(), name="update"),
    path("<int:pk>/delete/", views.PostDeleteView.as_view(), name="delete"),
{%- if cookiecutter.use_feeds %}
    path("feed/rss/", RssPostsFeed(), name="feed-rss"),
    path("feed/atom/", AtomPostsFeed(), name="feed-atom"),
{%- endif %}
]
