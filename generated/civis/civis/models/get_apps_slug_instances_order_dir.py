from typing import Literal

GetAppsSlugInstancesOrderDir = Literal["asc", "desc"]

GET_APPS_SLUG_INSTANCES_ORDER_DIR_VALUES: set[GetAppsSlugInstancesOrderDir] = {
    "asc",
    "desc",
}


def check_get_apps_slug_instances_order_dir(value: str) -> GetAppsSlugInstancesOrderDir:
    if value in GET_APPS_SLUG_INSTANCES_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_APPS_SLUG_INSTANCES_ORDER_DIR_VALUES!r}")
