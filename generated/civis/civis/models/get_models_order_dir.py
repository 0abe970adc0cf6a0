from typing import Literal

GetModelsOrderDir = Literal["asc", "desc"]

GET_MODELS_ORDER_DIR_VALUES: set[GetModelsOrderDir] = {
    "asc",
    "desc",
}


def check_get_models_order_dir(value: str) -> GetModelsOrderDir:
    if value in GET_MODELS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_MODELS_ORDER_DIR_VALUES!r}")
