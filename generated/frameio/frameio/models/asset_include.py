from typing import Literal

AssetInclude = Literal["creator", "metadata", "project"]

ASSET_INCLUDE_VALUES: set[AssetInclude] = {
    "creator",
    "metadata",
    "project",
}


def check_asset_include(value: str) -> AssetInclude:
    if value in ASSET_INCLUDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSET_INCLUDE_VALUES!r}")
