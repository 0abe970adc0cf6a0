from typing import Literal, cast

from .._core import _decode as decode

ModelFileStatusEnum = Literal["archived", "complete", "failed", "partial", "purged"]

MODEL_FILE_STATUS_ENUM_VALUES: set[ModelFileStatusEnum] = {
    "archived",
    "complete",
    "failed",
    "partial",
    "purged",
}


def check_model_file_status_enum(value: object, key: str | int | None = None) -> ModelFileStatusEnum | str:
    """`value` as ModelFileStatusEnum; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in MODEL_FILE_STATUS_ENUM_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['archived', 'complete', 'failed', 'partial', 'purged']", value, key))
