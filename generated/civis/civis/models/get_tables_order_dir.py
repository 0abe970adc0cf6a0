from typing import Literal, cast

from .._core import _decode as decode

GetTablesOrderDir = Literal["asc", "desc"]

GET_TABLES_ORDER_DIR_VALUES: set[GetTablesOrderDir] = {
    "asc",
    "desc",
}


def check_get_tables_order_dir(value: object, key: str | int | None = None) -> GetTablesOrderDir | str:
    """`value` as GetTablesOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_TABLES_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
