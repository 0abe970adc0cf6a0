from typing import Literal

InputFieldConstraintsItemType = Literal["required"]

INPUT_FIELD_CONSTRAINTS_ITEM_TYPE_VALUES: set[InputFieldConstraintsItemType] = {
    "required",
}


def check_input_field_constraints_item_type(value: str) -> InputFieldConstraintsItemType:
    if value in INPUT_FIELD_CONSTRAINTS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INPUT_FIELD_CONSTRAINTS_ITEM_TYPE_VALUES!r}")
