from typing import Literal

PatchScriptsSqlIdBodyCsvSettingsCompression = Literal["gzip", "none", "zip"]

PATCH_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COMPRESSION_VALUES: set[PatchScriptsSqlIdBodyCsvSettingsCompression] = {
    "gzip",
    "none",
    "zip",
}


def check_patch_scripts_sql_id_body_csv_settings_compression(value: str) -> PatchScriptsSqlIdBodyCsvSettingsCompression:
    if value in PATCH_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COMPRESSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COMPRESSION_VALUES!r}"
    )
