"""Named base URLs of the API."""

from enum import StrEnum


class ParamStylesSwagger2Environment(StrEnum):
    """Where the API is served; pass one as `environment=` (the first is the default)."""

    PRODUCTION = "https://items.example"
