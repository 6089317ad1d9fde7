from rest_framework import serializers

from {{ cookiecutter.project_slug }}.posts.models import Post


class PostSerializer(serializers.ModelSerializer):
    # The author's username or email address, as shown on the site; set from the request.
    author = serializers.StringRelatedField()

    class Meta:
        model = Post
        fields = ["id", "title", "body", "author", "created", "updated"]
