from typing import Literal, cast

from .._core import _decode as decode

GetProjectsOrderDir = Literal["asc", "desc"]

GET_PROJECTS_ORDER_DIR_VALUES: set[GetProjectsOrderDir] = {
    "asc",
    "desc",
}


def check_get_projects_order_dir(value: object, key: str | int | None = None) -> GetProjectsOrderDir | str:
    """`value` as GetProjectsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_PROJECTS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
