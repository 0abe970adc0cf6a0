from typing import Literal, cast

from .._core import _decode as decode

UpdateShareParamsDataAccess = Literal["public", "secure"]

UPDATE_SHARE_PARAMS_DATA_ACCESS_VALUES: set[UpdateShareParamsDataAccess] = {
    "public",
    "secure",
}


def check_update_share_params_data_access(
    value: object, key: str | int | None = None
) -> UpdateShareParamsDataAccess | str:
    """`value` as UpdateShareParamsDataAccess; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in UPDATE_SHARE_PARAMS_DATA_ACCESS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['public', 'secure']", value, key))
