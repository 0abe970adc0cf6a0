from typing import Literal, cast

from .._core import _decode as decode

PetsUpdateWithFormBodyStatus = Literal["available", "sold"]

PETS_UPDATE_WITH_FORM_BODY_STATUS_VALUES: set[PetsUpdateWithFormBodyStatus] = {
    "available",
    "sold",
}


def check_pets_update_with_form_body_status(
    value: object, key: str | int | None = None
) -> PetsUpdateWithFormBodyStatus | str:
    """`value` as PetsUpdateWithFormBodyStatus; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in PETS_UPDATE_WITH_FORM_BODY_STATUS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['available', 'sold']", value, key))
