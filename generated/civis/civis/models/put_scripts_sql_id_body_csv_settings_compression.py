from typing import Literal, cast

from .._core import _decode as decode

PutScriptsSqlIdBodyCsvSettingsCompression = Literal["gzip", "none", "zip"]

PUT_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COMPRESSION_VALUES: set[PutScriptsSqlIdBodyCsvSettingsCompression] = {
    "gzip",
    "none",
    "zip",
}


def check_put_scripts_sql_id_body_csv_settings_compression(
    value: object, key: str | int | None = None
) -> PutScriptsSqlIdBodyCsvSettingsCompression | str:
    """`value` as PutScriptsSqlIdBodyCsvSettingsCompression; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in PUT_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COMPRESSION_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['gzip', 'none', 'zip']", value, key))
