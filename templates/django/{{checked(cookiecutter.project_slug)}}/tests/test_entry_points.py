from django.core.handlers.asgi import ASGIHandler
from django.core.handlers.wsgi import WSGIHandler


def test_wsgi_application_is_importable():
    from config.wsgi import application

    assert isinstance(application, WSGIHandler)


def test_asgi_application_is_importable():
    from config.asgi import application

    assert isinstance(application, ASGIHandler)
