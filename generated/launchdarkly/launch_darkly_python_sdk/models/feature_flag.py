from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.feature_flag_kind import FeatureFlagKind, check_feature_flag_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feature_flag_client_side_availability import FeatureFlagClientSideAvailability
    from ..models.feature_flag_custom_properties import FeatureFlagCustomProperties
    from ..models.feature_flag_environments import FeatureFlagEnvironments
    from ..models.feature_flag_links import FeatureFlagLinks
    from ..models.flag_defaults_on_off import FlagDefaultsOnOff
    from ..models.variation import Variation


T = TypeVar("T", bound="FeatureFlag")


@_attrs_define
class FeatureFlag:
    """A feature flag with its per-environment settings.

    Attributes:
        name (str):  Example: My flag.
        kind (FeatureFlagKind | str):  Example: boolean.
        key (str):  Example: my-flag.
        field_version (int):  Example: 1.
        creation_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        variations (list[Variation]):
        temporary (bool):  Example: True.
        tags (list[str]):  Example: ['checkout'].
        custom_properties (FeatureFlagCustomProperties):
        archived (bool):  Example: False.
        description (str | Unset):
        include_in_snippet (bool | Unset):
        client_side_availability (FeatureFlagClientSideAvailability | Unset):
        field_links (FeatureFlagLinks | Unset):
        maintainer_id (str | Unset):
        maintainer_team_key (str | Unset):
        deprecated (bool | Unset):
        defaults (FlagDefaultsOnOff | Unset): Variations served by default when on and off.
        environments (FeatureFlagEnvironments | Unset): Settings keyed by environment key.
    """

    name: str
    kind: FeatureFlagKind | str
    key: str
    field_version: int
    creation_date: int
    variations: list[Variation]
    temporary: bool
    tags: list[str]
    custom_properties: FeatureFlagCustomProperties
    archived: bool
    description: str | Unset = UNSET
    include_in_snippet: bool | Unset = UNSET
    client_side_availability: FeatureFlagClientSideAvailability | Unset = UNSET
    field_links: FeatureFlagLinks | Unset = UNSET
    maintainer_id: str | Unset = UNSET
    maintainer_team_key: str | Unset = UNSET
    deprecated: bool | Unset = UNSET
    defaults: FlagDefaultsOnOff | Unset = UNSET
    environments: FeatureFlagEnvironments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind: str = self.kind

        key = self.key

        field_version = self.field_version

        creation_date = self.creation_date

        variations = []
        for variations_item_data in self.variations:
            variations_item = jsonable(variations_item_data)
            variations.append(variations_item)

        temporary = self.temporary

        tags = self.tags

        custom_properties = jsonable(self.custom_properties)

        archived = self.archived

        description = self.description

        include_in_snippet = self.include_in_snippet

        client_side_availability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_side_availability, Unset):
            client_side_availability = jsonable(self.client_side_availability)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        maintainer_id = self.maintainer_id

        maintainer_team_key = self.maintainer_team_key

        deprecated = self.deprecated

        defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults, Unset):
            defaults = jsonable(self.defaults)

        environments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = jsonable(self.environments)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "kind": kind,
                "key": key,
                "_version": field_version,
                "creationDate": creation_date,
                "variations": variations,
                "temporary": temporary,
                "tags": tags,
                "customProperties": custom_properties,
                "archived": archived,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if include_in_snippet is not UNSET:
            field_dict["includeInSnippet"] = include_in_snippet
        if client_side_availability is not UNSET:
            field_dict["clientSideAvailability"] = client_side_availability
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if maintainer_id is not UNSET:
            field_dict["maintainerId"] = maintainer_id
        if maintainer_team_key is not UNSET:
            field_dict["maintainerTeamKey"] = maintainer_team_key
        if deprecated is not UNSET:
            field_dict["deprecated"] = deprecated
        if defaults is not UNSET:
            field_dict["defaults"] = defaults
        if environments is not UNSET:
            field_dict["environments"] = environments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        kind = check_feature_flag_kind(d.pop("kind", decode.MISSING), "kind")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        field_version = d.pop("_version", decode.MISSING)
        if type(field_version) is not int:
            field_version = decode.expect(field_version, int, "_version")

        creation_date = d.pop("creationDate", decode.MISSING)
        if type(creation_date) is not int:
            creation_date = decode.expect(creation_date, int, "creationDate")

        variations = decode.model_array(_models.Variation.from_dict, d.pop("variations", decode.MISSING), "variations")

        temporary = d.pop("temporary", decode.MISSING)
        if type(temporary) is not bool:
            temporary = decode.expect(temporary, bool, "temporary")

        tags = decode.scalar_array(d.pop("tags", decode.MISSING), str, "tags")

        custom_properties = decode.model(
            _models.FeatureFlagCustomProperties.from_dict, d.pop("customProperties", decode.MISSING), "customProperties"
        )

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not bool:
            archived = decode.expect(archived, bool, "archived")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        include_in_snippet = d.pop("includeInSnippet", UNSET)
        if type(include_in_snippet) is not bool and include_in_snippet is not UNSET:
            include_in_snippet = decode.expect(include_in_snippet, bool, "includeInSnippet")

        client_side_availability = d.pop("clientSideAvailability", UNSET)
        if client_side_availability is not UNSET:
            client_side_availability = decode.model(
                _models.FeatureFlagClientSideAvailability.from_dict, client_side_availability, "clientSideAvailability"
            )

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.FeatureFlagLinks.from_dict, field_links, "_links")

        maintainer_id = d.pop("maintainerId", UNSET)
        if type(maintainer_id) is not str and maintainer_id is not UNSET:
            maintainer_id = decode.expect(maintainer_id, str, "maintainerId")

        maintainer_team_key = d.pop("maintainerTeamKey", UNSET)
        if type(maintainer_team_key) is not str and maintainer_team_key is not UNSET:
            maintainer_team_key = decode.expect(maintainer_team_key, str, "maintainerTeamKey")

        deprecated = d.pop("deprecated", UNSET)
        if type(deprecated) is not bool and deprecated is not UNSET:
            deprecated = decode.expect(deprecated, bool, "deprecated")

        defaults = d.pop("defaults", UNSET)
        if defaults is not UNSET:
            defaults = decode.model(_models.FlagDefaultsOnOff.from_dict, defaults, "defaults")

        environments = d.pop("environments", UNSET)
        if environments is not UNSET:
            environments = decode.model(_models.FeatureFlagEnvironments.from_dict, environments, "environments")

        feature_flag = cls.__new__(cls)
        feature_flag.name = name
        feature_flag.kind = kind
        feature_flag.key = key
        feature_flag.field_version = field_version
        feature_flag.creation_date = creation_date
        feature_flag.variations = variations
        feature_flag.temporary = temporary
        feature_flag.tags = tags
        feature_flag.custom_properties = custom_properties
        feature_flag.archived = archived
        feature_flag.description = description
        feature_flag.include_in_snippet = include_in_snippet
        feature_flag.client_side_availability = client_side_availability
        feature_flag.field_links = field_links
        feature_flag.maintainer_id = maintainer_id
        feature_flag.maintainer_team_key = maintainer_team_key
        feature_flag.deprecated = deprecated
        feature_flag.defaults = defaults
        feature_flag.environments = environments

        feature_flag.additional_properties = d if d else {}
        return feature_flag

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
