from tests.smoke.fixtures import built, site  # noqa: F401  (fixtures of the smoke tier)
