from typing import Literal

AssetCommonWithIncludesType = Literal["file", "folder", "version_stack"]

ASSET_COMMON_WITH_INCLUDES_TYPE_VALUES: set[AssetCommonWithIncludesType] = {
    "file",
    "folder",
    "version_stack",
}


def check_asset_common_with_includes_type(value: str) -> AssetCommonWithIncludesType:
    if value in ASSET_COMMON_WITH_INCLUDES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSET_COMMON_WITH_INCLUDES_TYPE_VALUES!r}")
