def with_driver(url: str) -> str:
    """``url`` with the scheme of the driver this project installs."""
    scheme, separator, rest = url.partition("://")
    return f"{DRIVERS.get(scheme, scheme)}{separator}{rest}"


