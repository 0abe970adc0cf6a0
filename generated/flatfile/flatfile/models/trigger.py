from typing import Literal, cast

from .._core import _decode as decode

Trigger = Literal["immediate", "manual"]

TRIGGER_VALUES: set[Trigger] = {
    "immediate",
    "manual",
}


def check_trigger(value: object, key: str | int | None = None) -> Trigger | str:
    """`value` as Trigger; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in TRIGGER_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['immediate', 'manual']", value, key))
