from typing import Literal

GetScriptsSqlIdRunsRunIdOutputsOrderDir = Literal["asc", "desc"]

GET_SCRIPTS_SQL_ID_RUNS_RUN_ID_OUTPUTS_ORDER_DIR_VALUES: set[GetScriptsSqlIdRunsRunIdOutputsOrderDir] = {
    "asc",
    "desc",
}


def check_get_scripts_sql_id_runs_run_id_outputs_order_dir(value: str) -> GetScriptsSqlIdRunsRunIdOutputsOrderDir:
    if value in GET_SCRIPTS_SQL_ID_RUNS_RUN_ID_OUTPUTS_ORDER_DIR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SCRIPTS_SQL_ID_RUNS_RUN_ID_OUTPUTS_ORDER_DIR_VALUES!r}"
    )
