"""The project's Django apps, one package per feature."""
