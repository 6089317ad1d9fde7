"""The main blueprint: the home page and the health check."""

from .views import bp

__all__ = ["bp"]
