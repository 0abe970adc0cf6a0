from typing import Literal, cast

from .._core import _decode as decode

ReferencePropertyConfigRelationship = Literal["has-many", "has-one"]

REFERENCE_PROPERTY_CONFIG_RELATIONSHIP_VALUES: set[ReferencePropertyConfigRelationship] = {
    "has-many",
    "has-one",
}


def check_reference_property_config_relationship(
    value: object, key: str | int | None = None
) -> ReferencePropertyConfigRelationship | str:
    """`value` as ReferencePropertyConfigRelationship; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in REFERENCE_PROPERTY_CONFIG_RELATIONSHIP_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['has-many', 'has-one']", value, key))
