from typing import Literal, cast

from .._core import _decode as decode

GetScriptsSqlIdRunsRunIdOutputsOrderDir = Literal["asc", "desc"]

GET_SCRIPTS_SQL_ID_RUNS_RUN_ID_OUTPUTS_ORDER_DIR_VALUES: set[GetScriptsSqlIdRunsRunIdOutputsOrderDir] = {
    "asc",
    "desc",
}


def check_get_scripts_sql_id_runs_run_id_outputs_order_dir(
    value: object, key: str | int | None = None
) -> GetScriptsSqlIdRunsRunIdOutputsOrderDir | str:
    """`value` as GetScriptsSqlIdRunsRunIdOutputsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_SCRIPTS_SQL_ID_RUNS_RUN_ID_OUTPUTS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
