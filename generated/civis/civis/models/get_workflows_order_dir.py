from typing import Literal, cast

from .._core import _decode as decode

GetWorkflowsOrderDir = Literal["asc", "desc"]

GET_WORKFLOWS_ORDER_DIR_VALUES: set[GetWorkflowsOrderDir] = {
    "asc",
    "desc",
}


def check_get_workflows_order_dir(value: object, key: str | int | None = None) -> GetWorkflowsOrderDir | str:
    """`value` as GetWorkflowsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_WORKFLOWS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
