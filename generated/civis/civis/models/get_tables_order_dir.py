from typing import Literal

GetTablesOrderDir = Literal["asc", "desc"]

GET_TABLES_ORDER_DIR_VALUES: set[GetTablesOrderDir] = {
    "asc",
    "desc",
}


def check_get_tables_order_dir(value: str) -> GetTablesOrderDir:
    if value in GET_TABLES_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_TABLES_ORDER_DIR_VALUES!r}")
