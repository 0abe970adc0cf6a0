from typing import Literal, cast

from .._core import _decode as decode

GetNotebooksOrderDir = Literal["asc", "desc"]

GET_NOTEBOOKS_ORDER_DIR_VALUES: set[GetNotebooksOrderDir] = {
    "asc",
    "desc",
}


def check_get_notebooks_order_dir(value: object, key: str | int | None = None) -> GetNotebooksOrderDir | str:
    """`value` as GetNotebooksOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_NOTEBOOKS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
