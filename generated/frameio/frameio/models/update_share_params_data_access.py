from typing import Literal

UpdateShareParamsDataAccess = Literal["public", "secure"]

UPDATE_SHARE_PARAMS_DATA_ACCESS_VALUES: set[UpdateShareParamsDataAccess] = {
    "public",
    "secure",
}


def check_update_share_params_data_access(value: str) -> UpdateShareParamsDataAccess:
    if value in UPDATE_SHARE_PARAMS_DATA_ACCESS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_SHARE_PARAMS_DATA_ACCESS_VALUES!r}")
