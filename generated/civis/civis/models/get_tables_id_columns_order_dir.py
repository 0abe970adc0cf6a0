from typing import Literal

GetTablesIdColumnsOrderDir = Literal["asc", "desc"]

GET_TABLES_ID_COLUMNS_ORDER_DIR_VALUES: set[GetTablesIdColumnsOrderDir] = {
    "asc",
    "desc",
}


def check_get_tables_id_columns_order_dir(value: str) -> GetTablesIdColumnsOrderDir:
    if value in GET_TABLES_ID_COLUMNS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_TABLES_ID_COLUMNS_ORDER_DIR_VALUES!r}")
