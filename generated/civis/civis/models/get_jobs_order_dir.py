from typing import Literal

GetJobsOrderDir = Literal["asc", "desc"]

GET_JOBS_ORDER_DIR_VALUES: set[GetJobsOrderDir] = {
    "asc",
    "desc",
}


def check_get_jobs_order_dir(value: str) -> GetJobsOrderDir:
    if value in GET_JOBS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_JOBS_ORDER_DIR_VALUES!r}")
