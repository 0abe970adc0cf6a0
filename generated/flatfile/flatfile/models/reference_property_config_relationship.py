from typing import Literal

ReferencePropertyConfigRelationship = Literal["has-many", "has-one"]

REFERENCE_PROPERTY_CONFIG_RELATIONSHIP_VALUES: set[ReferencePropertyConfigRelationship] = {
    "has-many",
    "has-one",
}


def check_reference_property_config_relationship(value: str) -> ReferencePropertyConfigRelationship:
    if value in REFERENCE_PROPERTY_CONFIG_RELATIONSHIP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFERENCE_PROPERTY_CONFIG_RELATIONSHIP_VALUES!r}")
