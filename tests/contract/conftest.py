from tests.smoke.fixtures import built, site  # noqa: F401  (the served combination under test)
