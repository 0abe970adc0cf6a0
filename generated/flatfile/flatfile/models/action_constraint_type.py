from typing import Literal, cast

from .._core import _decode as decode

ActionConstraintType = Literal["hasAllValid", "hasData", "hasSelection"]

ACTION_CONSTRAINT_TYPE_VALUES: set[ActionConstraintType] = {
    "hasAllValid",
    "hasData",
    "hasSelection",
}


def check_action_constraint_type(value: object, key: str | int | None = None) -> ActionConstraintType | str:
    """`value` as ActionConstraintType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ACTION_CONSTRAINT_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['hasAllValid', 'hasData', 'hasSelection']", value, key))
