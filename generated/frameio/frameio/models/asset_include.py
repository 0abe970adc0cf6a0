from typing import Literal, cast

from .._core import _decode as decode

AssetInclude = Literal["creator", "metadata", "project"]

ASSET_INCLUDE_VALUES: set[AssetInclude] = {
    "creator",
    "metadata",
    "project",
}


def check_asset_include(value: object, key: str | int | None = None) -> AssetInclude | str:
    """`value` as AssetInclude; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ASSET_INCLUDE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['creator', 'metadata', 'project']", value, key))
