from rest_framework import permissions, viewsets

from {{ cookiecutter.project_slug }}.posts.models import Post

from .permissions import IsAuthorOrStaffOrReadOnly
from .serializers import PostSerializer


class PostViewSet(viewsets.ModelViewSet):
    """Posts, newest first: anyone reads, signed-in users write, authors and staff change."""

    queryset = Post.objects.select_related("author")
    serializer_class = PostSerializer
    permission_classes = [permissions.IsAuthenticatedOrReadOnly, IsAuthorOrStaffOrReadOnly]

    def perform_create(self, serializer):
        serializer.save(author=self.request.user)
