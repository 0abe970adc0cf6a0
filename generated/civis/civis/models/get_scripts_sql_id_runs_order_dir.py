from typing import Literal

GetScriptsSqlIdRunsOrderDir = Literal["asc", "desc"]

GET_SCRIPTS_SQL_ID_RUNS_ORDER_DIR_VALUES: set[GetScriptsSqlIdRunsOrderDir] = {
    "asc",
    "desc",
}


def check_get_scripts_sql_id_runs_order_dir(value: str) -> GetScriptsSqlIdRunsOrderDir:
    if value in GET_SCRIPTS_SQL_ID_RUNS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SCRIPTS_SQL_ID_RUNS_ORDER_DIR_VALUES!r}")
