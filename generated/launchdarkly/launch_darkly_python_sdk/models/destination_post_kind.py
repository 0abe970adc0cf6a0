from typing import Literal

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


def check_destination_post_kind(value: str) -> DestinationPostKind:
    if value in DESTINATION_POST_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DESTINATION_POST_KIND_VALUES!r}")
