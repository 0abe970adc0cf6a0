from typing import Literal, cast

from .._core import _decode as decode

GetModelsOrderDir = Literal["asc", "desc"]

GET_MODELS_ORDER_DIR_VALUES: set[GetModelsOrderDir] = {
    "asc",
    "desc",
}


def check_get_models_order_dir(value: object, key: str | int | None = None) -> GetModelsOrderDir | str:
    """`value` as GetModelsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_MODELS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
