from typing import Literal, cast

from .._core import _decode as decode

GetTemplatesReportsOrderDir = Literal["asc", "desc"]

GET_TEMPLATES_REPORTS_ORDER_DIR_VALUES: set[GetTemplatesReportsOrderDir] = {
    "asc",
    "desc",
}


def check_get_templates_reports_order_dir(
    value: object, key: str | int | None = None
) -> GetTemplatesReportsOrderDir | str:
    """`value` as GetTemplatesReportsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_TEMPLATES_REPORTS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
