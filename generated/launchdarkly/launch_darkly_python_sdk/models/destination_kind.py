from typing import Literal

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


def check_destination_kind(value: str) -> DestinationKind:
    if value in DESTINATION_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DESTINATION_KIND_VALUES!r}")
