from typing import Literal, cast

from .._core import _decode as decode

PromptTypeEnum = Literal["AI_ASSIST", "CONSTRAINT_GENERATION"]

PROMPT_TYPE_ENUM_VALUES: set[PromptTypeEnum] = {
    "AI_ASSIST",
    "CONSTRAINT_GENERATION",
}


def check_prompt_type_enum(value: object, key: str | int | None = None) -> PromptTypeEnum | str:
    """`value` as PromptTypeEnum; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in PROMPT_TYPE_ENUM_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['AI_ASSIST', 'CONSTRAINT_GENERATION']", value, key))
