from typing import Literal

PetsUpdateWithFormBodyStatus = Literal["available", "sold"]

PETS_UPDATE_WITH_FORM_BODY_STATUS_VALUES: set[PetsUpdateWithFormBodyStatus] = {
    "available",
    "sold",
}


def check_pets_update_with_form_body_status(value: str) -> PetsUpdateWithFormBodyStatus:
    if value in PETS_UPDATE_WITH_FORM_BODY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PETS_UPDATE_WITH_FORM_BODY_STATUS_VALUES!r}")
