from typing import Literal, cast

from .._core import _decode as decode

AssetCommonType = Literal["file", "folder", "version_stack"]

ASSET_COMMON_TYPE_VALUES: set[AssetCommonType] = {
    "file",
    "folder",
    "version_stack",
}


def check_asset_common_type(value: object, key: str | int | None = None) -> AssetCommonType | str:
    """`value` as AssetCommonType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ASSET_COMMON_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['file', 'folder', 'version_stack']", value, key))
