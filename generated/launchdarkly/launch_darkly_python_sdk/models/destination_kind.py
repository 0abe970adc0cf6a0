from typing import Literal, cast

from .._core import _decode as decode

DestinationKind = Literal[
    "azure-event-hubs",
    "bigquery",
    "databricks",
    "google-pubsub",
    "kinesis",
    "mparticle",
    "redshift",
    "segment",
    "snowflake-v2",
]

DESTINATION_KIND_VALUES: set[DestinationKind] = {
    "azure-event-hubs",
    "bigquery",
    "databricks",
    "google-pubsub",
    "kinesis",
    "mparticle",
    "redshift",
    "segment",
    "snowflake-v2",
}


def check_destination_kind(value: object, key: str | int | None = None) -> DestinationKind | str:
    """`value` as DestinationKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in DESTINATION_KIND_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['azure-event-hubs', 'bigquery', 'databricks', 'google-pubsub', 'kinesis', 'mparticle', 'redshift', 'segment', 'snowflake-v2']",
            value,
            key,
        ),
    )
