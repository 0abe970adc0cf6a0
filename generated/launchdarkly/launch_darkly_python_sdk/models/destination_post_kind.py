from typing import Literal, cast

from .._core import _decode as decode

DestinationPostKind = Literal[
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

DESTINATION_POST_KIND_VALUES: set[DestinationPostKind] = {
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


def check_destination_post_kind(value: object, key: str | int | None = None) -> DestinationPostKind | str:
    """`value` as DestinationPostKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in DESTINATION_POST_KIND_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['azure-event-hubs', 'bigquery', 'databricks', 'google-pubsub', 'kinesis', 'mparticle', 'redshift', 'segment', 'snowflake-v2']",
            value,
            key,
        ),
    )
