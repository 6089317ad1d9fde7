from django.apps import AppConfig


class PostsConfig(AppConfig):
    name = "{{ cookiecutter.project_slug }}.posts"
    verbose_name = "Posts"
