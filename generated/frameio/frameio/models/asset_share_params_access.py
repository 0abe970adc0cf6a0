from typing import Literal

AssetShareParamsAccess = Literal["public", "secure"]

ASSET_SHARE_PARAMS_ACCESS_VALUES: set[AssetShareParamsAccess] = {
    "public",
    "secure",
}


def check_asset_share_params_access(value: str) -> AssetShareParamsAccess:
    if value in ASSET_SHARE_PARAMS_ACCESS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSET_SHARE_PARAMS_ACCESS_VALUES!r}")
