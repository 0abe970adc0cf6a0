from typing import Literal, cast

from .._core import _decode as decode

GetTemplatesScriptsOrderDir = Literal["asc", "desc"]

GET_TEMPLATES_SCRIPTS_ORDER_DIR_VALUES: set[GetTemplatesScriptsOrderDir] = {
    "asc",
    "desc",
}


def check_get_templates_scripts_order_dir(
    value: object, key: str | int | None = None
) -> GetTemplatesScriptsOrderDir | str:
    """`value` as GetTemplatesScriptsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_TEMPLATES_SCRIPTS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
