from typing import Literal

InputFormType = Literal["simple"]

INPUT_FORM_TYPE_VALUES: set[InputFormType] = {
    "simple",
}


def check_input_form_type(value: str) -> InputFormType:
    if value in INPUT_FORM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INPUT_FORM_TYPE_VALUES!r}")
