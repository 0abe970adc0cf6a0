from typing import Literal

GetProjectsOrderDir = Literal["asc", "desc"]

GET_PROJECTS_ORDER_DIR_VALUES: set[GetProjectsOrderDir] = {
    "asc",
    "desc",
}


def check_get_projects_order_dir(value: str) -> GetProjectsOrderDir:
    if value in GET_PROJECTS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_PROJECTS_ORDER_DIR_VALUES!r}")
