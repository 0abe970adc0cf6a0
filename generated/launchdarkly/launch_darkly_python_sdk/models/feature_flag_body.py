from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.feature_flag_body_purpose import FeatureFlagBodyPurpose, check_feature_flag_body_purpose
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feature_flag_body_client_side_availability import FeatureFlagBodyClientSideAvailability
    from ..models.feature_flag_body_custom_properties import FeatureFlagBodyCustomProperties
    from ..models.flag_defaults_on_off import FlagDefaultsOnOff
    from ..models.migration_settings_post import MigrationSettingsPost
    from ..models.variation import Variation


T = TypeVar("T", bound="FeatureFlagBody")


@_attrs_define
class FeatureFlagBody:
    """Fields for a new feature flag.

    Attributes:
        name (str):  Example: My flag.
        key (str):  Example: my-flag.
        description (str | Unset):  Example: Gates the new checkout page.
        include_in_snippet (bool | Unset):
        client_side_availability (FeatureFlagBodyClientSideAvailability | Unset):
        variations (list[Variation] | Unset):
        temporary (bool | Unset):  Example: True.
        tags (list[str] | Unset):  Example: ['checkout'].
        custom_properties (FeatureFlagBodyCustomProperties | Unset):
        defaults (FlagDefaultsOnOff | Unset): Variations served by default when on and off.
        purpose (FeatureFlagBodyPurpose | str | Unset):
        maintainer_id (str | Unset):
        maintainer_team_key (str | Unset):
        is_flag_on (bool | Unset):
        migration_settings (MigrationSettingsPost | Unset):
    """

    name: str
    key: str
    description: str | Unset = UNSET
    include_in_snippet: bool | Unset = UNSET
    client_side_availability: FeatureFlagBodyClientSideAvailability | Unset = UNSET
    variations: list[Variation] | Unset = UNSET
    temporary: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    custom_properties: FeatureFlagBodyCustomProperties | Unset = UNSET
    defaults: FlagDefaultsOnOff | Unset = UNSET
    purpose: FeatureFlagBodyPurpose | str | Unset = UNSET
    maintainer_id: str | Unset = UNSET
    maintainer_team_key: str | Unset = UNSET
    is_flag_on: bool | Unset = UNSET
    migration_settings: MigrationSettingsPost | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key = self.key

        description = self.description

        include_in_snippet = self.include_in_snippet

        client_side_availability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_side_availability, Unset):
            client_side_availability = jsonable(self.client_side_availability)

        variations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variations, Unset):
            variations = []
            for variations_item_data in self.variations:
                variations_item = jsonable(variations_item_data)
                variations.append(variations_item)

        temporary = self.temporary

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        custom_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_properties, Unset):
            custom_properties = jsonable(self.custom_properties)

        defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults, Unset):
            defaults = jsonable(self.defaults)

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose

        maintainer_id = self.maintainer_id

        maintainer_team_key = self.maintainer_team_key

        is_flag_on = self.is_flag_on

        migration_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.migration_settings, Unset):
            migration_settings = jsonable(self.migration_settings)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "key": key,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if include_in_snippet is not UNSET:
            field_dict["includeInSnippet"] = include_in_snippet
        if client_side_availability is not UNSET:
            field_dict["clientSideAvailability"] = client_side_availability
        if variations is not UNSET:
            field_dict["variations"] = variations
        if temporary is not UNSET:
            field_dict["temporary"] = temporary
        if tags is not UNSET:
            field_dict["tags"] = tags
        if custom_properties is not UNSET:
            field_dict["customProperties"] = custom_properties
        if defaults is not UNSET:
            field_dict["defaults"] = defaults
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if maintainer_id is not UNSET:
            field_dict["maintainerId"] = maintainer_id
        if maintainer_team_key is not UNSET:
            field_dict["maintainerTeamKey"] = maintainer_team_key
        if is_flag_on is not UNSET:
            field_dict["isFlagOn"] = is_flag_on
        if migration_settings is not UNSET:
            field_dict["migrationSettings"] = migration_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        include_in_snippet = d.pop("includeInSnippet", UNSET)
        if type(include_in_snippet) is not bool and include_in_snippet is not UNSET:
            include_in_snippet = decode.expect(include_in_snippet, bool, "includeInSnippet")

        client_side_availability = d.pop("clientSideAvailability", UNSET)
        if client_side_availability is not UNSET:
            client_side_availability = decode.model(
                _models.FeatureFlagBodyClientSideAvailability.from_dict,
                client_side_availability,
                "clientSideAvailability",
            )

        variations = d.pop("variations", UNSET)
        if variations is not UNSET:
            variations = decode.model_array(_models.Variation.from_dict, variations, "variations")

        temporary = d.pop("temporary", UNSET)
        if type(temporary) is not bool and temporary is not UNSET:
            temporary = decode.expect(temporary, bool, "temporary")

        tags = d.pop("tags", UNSET)
        if tags is not UNSET:
            tags = decode.scalar_array(tags, str, "tags")

        custom_properties = d.pop("customProperties", UNSET)
        if custom_properties is not UNSET:
            custom_properties = decode.model(
                _models.FeatureFlagBodyCustomProperties.from_dict, custom_properties, "customProperties"
            )

        defaults = d.pop("defaults", UNSET)
        if defaults is not UNSET:
            defaults = decode.model(_models.FlagDefaultsOnOff.from_dict, defaults, "defaults")

        purpose = check_feature_flag_body_purpose(d.pop("purpose", UNSET), "purpose")

        maintainer_id = d.pop("maintainerId", UNSET)
        if type(maintainer_id) is not str and maintainer_id is not UNSET:
            maintainer_id = decode.expect(maintainer_id, str, "maintainerId")

        maintainer_team_key = d.pop("maintainerTeamKey", UNSET)
        if type(maintainer_team_key) is not str and maintainer_team_key is not UNSET:
            maintainer_team_key = decode.expect(maintainer_team_key, str, "maintainerTeamKey")

        is_flag_on = d.pop("isFlagOn", UNSET)
        if type(is_flag_on) is not bool and is_flag_on is not UNSET:
            is_flag_on = decode.expect(is_flag_on, bool, "isFlagOn")

        migration_settings = d.pop("migrationSettings", UNSET)
        if migration_settings is not UNSET:
            migration_settings = decode.model(
                _models.MigrationSettingsPost.from_dict, migration_settings, "migrationSettings"
            )

        feature_flag_body = cls.__new__(cls)
        feature_flag_body.name = name
        feature_flag_body.key = key
        feature_flag_body.description = description
        feature_flag_body.include_in_snippet = include_in_snippet
        feature_flag_body.client_side_availability = client_side_availability
        feature_flag_body.variations = variations
        feature_flag_body.temporary = temporary
        feature_flag_body.tags = tags
        feature_flag_body.custom_properties = custom_properties
        feature_flag_body.defaults = defaults
        feature_flag_body.purpose = purpose
        feature_flag_body.maintainer_id = maintainer_id
        feature_flag_body.maintainer_team_key = maintainer_team_key
        feature_flag_body.is_flag_on = is_flag_on
        feature_flag_body.migration_settings = migration_settings

        feature_flag_body.additional_properties = d if d else {}
        return feature_flag_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
