from typing import Literal

ActionConstraintType = Literal["hasAllValid", "hasData", "hasSelection"]

ACTION_CONSTRAINT_TYPE_VALUES: set[ActionConstraintType] = {
    "hasAllValid",
    "hasData",
    "hasSelection",
}


def check_action_constraint_type(value: str) -> ActionConstraintType:
    if value in ACTION_CONSTRAINT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CONSTRAINT_TYPE_VALUES!r}")
