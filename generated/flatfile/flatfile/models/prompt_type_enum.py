from typing import Literal

PromptTypeEnum = Literal["AI_ASSIST", "CONSTRAINT_GENERATION"]

PROMPT_TYPE_ENUM_VALUES: set[PromptTypeEnum] = {
    "AI_ASSIST",
    "CONSTRAINT_GENERATION",
}


def check_prompt_type_enum(value: str) -> PromptTypeEnum:
    if value in PROMPT_TYPE_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROMPT_TYPE_ENUM_VALUES!r}")
