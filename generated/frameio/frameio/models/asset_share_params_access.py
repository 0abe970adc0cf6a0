from typing import Literal, cast

from .._core import _decode as decode

AssetShareParamsAccess = Literal["public", "secure"]

ASSET_SHARE_PARAMS_ACCESS_VALUES: set[AssetShareParamsAccess] = {
    "public",
    "secure",
}


def check_asset_share_params_access(value: object, key: str | int | None = None) -> AssetShareParamsAccess | str:
    """`value` as AssetShareParamsAccess; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ASSET_SHARE_PARAMS_ACCESS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['public', 'secure']", value, key))
