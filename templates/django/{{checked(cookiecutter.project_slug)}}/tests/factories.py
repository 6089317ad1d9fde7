"""factory_boy factories for the project's models."""

import factory
from django.contrib.auth import get_user_model
{%- if cookiecutter.example_app %}

from {{ cookiecutter.project_slug }}.posts.models import Post
{%- endif %}

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
{%- if cookiecutter.username_type == "email" %}
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.com")
{%- else %}
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
{%- endif %}
    password = factory.django.Password(PASSWORD)
{%- if cookiecutter.example_app %}


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post

    title = factory.Sequence(lambda n: f"Post number {n}")
    body = factory.Faker("paragraph")
    author = factory.SubFactory(UserFactory)
{%- endif %}
