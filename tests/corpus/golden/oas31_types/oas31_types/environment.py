"""Named base URLs of the API."""

from enum import StrEnum


class Oas31TypesEnvironment(StrEnum):
    """Where the API is served; pass one as `environment=` (the first is the default)."""

    PRODUCTION = "https://types.example/v1"
