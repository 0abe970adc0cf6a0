from typing import Literal

AssetCommonType = Literal["file", "folder", "version_stack"]

ASSET_COMMON_TYPE_VALUES: set[AssetCommonType] = {
    "file",
    "folder",
    "version_stack",
}


def check_asset_common_type(value: str) -> AssetCommonType:
    if value in ASSET_COMMON_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSET_COMMON_TYPE_VALUES!r}")
