from typing import Literal, cast

from .._core import _decode as decode

PatchScriptsSqlIdBodyCsvSettingsCompression = Literal["gzip", "none", "zip"]

PATCH_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COMPRESSION_VALUES: set[PatchScriptsSqlIdBodyCsvSettingsCompression] = {
    "gzip",
    "none",
    "zip",
}


def check_patch_scripts_sql_id_body_csv_settings_compression(
    value: object, key: str | int | None = None
) -> PatchScriptsSqlIdBodyCsvSettingsCompression | str:
    """`value` as PatchScriptsSqlIdBodyCsvSettingsCompression; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in PATCH_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COMPRESSION_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['gzip', 'none', 'zip']", value, key))
