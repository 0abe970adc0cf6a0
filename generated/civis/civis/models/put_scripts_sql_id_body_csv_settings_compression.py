from typing import Literal

PutScriptsSqlIdBodyCsvSettingsCompression = Literal["gzip", "none", "zip"]

PUT_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COMPRESSION_VALUES: set[PutScriptsSqlIdBodyCsvSettingsCompression] = {
    "gzip",
    "none",
    "zip",
}


def check_put_scripts_sql_id_body_csv_settings_compression(value: str) -> PutScriptsSqlIdBodyCsvSettingsCompression:
    if value in PUT_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COMPRESSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PUT_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COMPRESSION_VALUES!r}"
    )
