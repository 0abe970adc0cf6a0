from typing import Literal

ProjectUpdateParamsDataStatus = Literal["active", "inactive"]

PROJECT_UPDATE_PARAMS_DATA_STATUS_VALUES: set[ProjectUpdateParamsDataStatus] = {
    "active",
    "inactive",
}


def check_project_update_params_data_status(value: str) -> ProjectUpdateParamsDataStatus:
    if value in PROJECT_UPDATE_PARAMS_DATA_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_UPDATE_PARAMS_DATA_STATUS_VALUES!r}")
