from typing import Literal, cast

from .._core import _decode as decode

GetWorkflowsIdExecutionsOrderDir = Literal["asc", "desc"]

GET_WORKFLOWS_ID_EXECUTIONS_ORDER_DIR_VALUES: set[GetWorkflowsIdExecutionsOrderDir] = {
    "asc",
    "desc",
}


def check_get_workflows_id_executions_order_dir(
    value: object, key: str | int | None = None
) -> GetWorkflowsIdExecutionsOrderDir | str:
    """`value` as GetWorkflowsIdExecutionsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_WORKFLOWS_ID_EXECUTIONS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
