from typing import Literal, cast

from .._core import _decode as decode

GetTablesIdColumnsOrderDir = Literal["asc", "desc"]

GET_TABLES_ID_COLUMNS_ORDER_DIR_VALUES: set[GetTablesIdColumnsOrderDir] = {
    "asc",
    "desc",
}


def check_get_tables_id_columns_order_dir(
    value: object, key: str | int | None = None
) -> GetTablesIdColumnsOrderDir | str:
    """`value` as GetTablesIdColumnsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_TABLES_ID_COLUMNS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
