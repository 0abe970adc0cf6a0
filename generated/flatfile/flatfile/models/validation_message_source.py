from typing import Literal

ValidationMessageSource = Literal[
    "custom-logic", "invalid-option", "is-artifact", "required-constraint", "unique-constraint", "unlinked"
]

VALIDATION_MESSAGE_SOURCE_VALUES: set[ValidationMessageSource] = {
    "custom-logic",
    "invalid-option",
    "is-artifact",
    "required-constraint",
    "unique-constraint",
    "unlinked",
}


def check_validation_message_source(value: str) -> ValidationMessageSource:
    if value in VALIDATION_MESSAGE_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VALIDATION_MESSAGE_SOURCE_VALUES!r}")
