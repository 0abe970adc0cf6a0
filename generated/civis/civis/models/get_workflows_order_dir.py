from typing import Literal

GetWorkflowsOrderDir = Literal["asc", "desc"]

GET_WORKFLOWS_ORDER_DIR_VALUES: set[GetWorkflowsOrderDir] = {
    "asc",
    "desc",
}


def check_get_workflows_order_dir(value: str) -> GetWorkflowsOrderDir:
    if value in GET_WORKFLOWS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_WORKFLOWS_ORDER_DIR_VALUES!r}")
