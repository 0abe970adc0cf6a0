"""Named base URLs of the API."""

from enum import StrEnum


class LaunchDarklyEnvironment(StrEnum):
    """Where the API is served; pass one as `environment=` (the first is the default)."""

    COMMERCIAL = "https://app.launchdarkly.com"
    FEDERAL = "https://app.launchdarkly.us"
