from typing import Literal

PromptTypeQueryEnum = Literal["AI_ASSIST", "ALL", "CONSTRAINT_GENERATION"]

PROMPT_TYPE_QUERY_ENUM_VALUES: set[PromptTypeQueryEnum] = {
    "AI_ASSIST",
    "ALL",
    "CONSTRAINT_GENERATION",
}


def check_prompt_type_query_enum(value: str) -> PromptTypeQueryEnum:
    if value in PROMPT_TYPE_QUERY_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROMPT_TYPE_QUERY_ENUM_VALUES!r}")
