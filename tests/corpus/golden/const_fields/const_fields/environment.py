"""Named base URLs of the API."""

from enum import StrEnum


class ConstFieldsEnvironment(StrEnum):
    """Where the API is served; pass one as `environment=` (the first is the default)."""

    PRODUCTION = "http://localhost"
