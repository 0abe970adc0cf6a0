from typing import Literal

GetNotebooksOrderDir = Literal["asc", "desc"]

GET_NOTEBOOKS_ORDER_DIR_VALUES: set[GetNotebooksOrderDir] = {
    "asc",
    "desc",
}


def check_get_notebooks_order_dir(value: str) -> GetNotebooksOrderDir:
    if value in GET_NOTEBOOKS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_NOTEBOOKS_ORDER_DIR_VALUES!r}")
