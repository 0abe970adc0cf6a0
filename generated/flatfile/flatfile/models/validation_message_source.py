from typing import Literal, cast

from .._core import _decode as decode

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


def check_validation_message_source(value: object, key: str | int | None = None) -> ValidationMessageSource | str:
    """`value` as ValidationMessageSource; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in VALIDATION_MESSAGE_SOURCE_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['custom-logic', 'invalid-option', 'is-artifact', 'required-constraint', 'unique-constraint', 'unlinked']",
            value,
            key,
        ),
    )
