from typing import Literal, cast

from .._core import _decode as decode

PromptTypeQueryEnum = Literal["AI_ASSIST", "ALL", "CONSTRAINT_GENERATION"]

PROMPT_TYPE_QUERY_ENUM_VALUES: set[PromptTypeQueryEnum] = {
    "AI_ASSIST",
    "ALL",
    "CONSTRAINT_GENERATION",
}


def check_prompt_type_query_enum(value: object, key: str | int | None = None) -> PromptTypeQueryEnum | str:
    """`value` as PromptTypeQueryEnum; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in PROMPT_TYPE_QUERY_ENUM_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['AI_ASSIST', 'ALL', 'CONSTRAINT_GENERATION']", value, key))
