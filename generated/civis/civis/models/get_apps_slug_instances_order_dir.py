from typing import Literal, cast

from .._core import _decode as decode

GetAppsSlugInstancesOrderDir = Literal["asc", "desc"]

GET_APPS_SLUG_INSTANCES_ORDER_DIR_VALUES: set[GetAppsSlugInstancesOrderDir] = {
    "asc",
    "desc",
}


def check_get_apps_slug_instances_order_dir(
    value: object, key: str | int | None = None
) -> GetAppsSlugInstancesOrderDir | str:
    """`value` as GetAppsSlugInstancesOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_APPS_SLUG_INSTANCES_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
