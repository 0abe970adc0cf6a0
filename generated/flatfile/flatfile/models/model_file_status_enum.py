from typing import Literal

ModelFileStatusEnum = Literal["archived", "complete", "failed", "partial", "purged"]

MODEL_FILE_STATUS_ENUM_VALUES: set[ModelFileStatusEnum] = {
    "archived",
    "complete",
    "failed",
    "partial",
    "purged",
}


def check_model_file_status_enum(value: str) -> ModelFileStatusEnum:
    if value in MODEL_FILE_STATUS_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_FILE_STATUS_ENUM_VALUES!r}")
