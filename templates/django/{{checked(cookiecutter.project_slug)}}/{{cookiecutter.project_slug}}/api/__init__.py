{%- if cookiecutter.rest_api == "drf" -%}
"""The JSON API of the posts, built with Django REST framework; documented at /api/openapi.json."""
{%- else -%}
"""The JSON API of the posts, built with Django Ninja; documented at /api/openapi.json."""
{%- endif %}
