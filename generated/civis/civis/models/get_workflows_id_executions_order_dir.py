from typing import Literal

GetWorkflowsIdExecutionsOrderDir = Literal["asc", "desc"]

GET_WORKFLOWS_ID_EXECUTIONS_ORDER_DIR_VALUES: set[GetWorkflowsIdExecutionsOrderDir] = {
    "asc",
    "desc",
}


def check_get_workflows_id_executions_order_dir(value: str) -> GetWorkflowsIdExecutionsOrderDir:
    if value in GET_WORKFLOWS_ID_EXECUTIONS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_WORKFLOWS_ID_EXECUTIONS_ORDER_DIR_VALUES!r}")
