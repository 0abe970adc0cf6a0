from typing import Literal

AssetShareParamsType = Literal["asset"]

ASSET_SHARE_PARAMS_TYPE_VALUES: set[AssetShareParamsType] = {
    "asset",
}


def check_asset_share_params_type(value: str) -> AssetShareParamsType:
    if value in ASSET_SHARE_PARAMS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSET_SHARE_PARAMS_TYPE_VALUES!r}")
