from typing import Literal, cast

from .._core import _decode as decode

AssetCommonWithIncludesType = Literal["file", "folder", "version_stack"]

ASSET_COMMON_WITH_INCLUDES_TYPE_VALUES: set[AssetCommonWithIncludesType] = {
    "file",
    "folder",
    "version_stack",
}


def check_asset_common_with_includes_type(
    value: object, key: str | int | None = None
) -> AssetCommonWithIncludesType | str:
    """`value` as AssetCommonWithIncludesType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ASSET_COMMON_WITH_INCLUDES_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['file', 'folder', 'version_stack']", value, key))
