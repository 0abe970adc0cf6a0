from typing import Literal, cast

from .._core import _decode as decode

ProjectUpdateParamsDataStatus = Literal["active", "inactive"]

PROJECT_UPDATE_PARAMS_DATA_STATUS_VALUES: set[ProjectUpdateParamsDataStatus] = {
    "active",
    "inactive",
}


def check_project_update_params_data_status(
    value: object, key: str | int | None = None
) -> ProjectUpdateParamsDataStatus | str:
    """`value` as ProjectUpdateParamsDataStatus; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in PROJECT_UPDATE_PARAMS_DATA_STATUS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['active', 'inactive']", value, key))
