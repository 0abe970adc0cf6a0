from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_segment_excluded_contexts_item import UserSegmentExcludedContextsItem
    from ..models.user_segment_included_contexts_item import UserSegmentIncludedContextsItem
    from ..models.user_segment_links import UserSegmentLinks
    from ..models.user_segment_rules_item import UserSegmentRulesItem


T = TypeVar("T", bound="UserSegment")


@_attrs_define
class UserSegment:
    """A segment: a reusable list of targets and rules.

    Attributes:
        name (str):  Example: Beta testers.
        tags (list[str]):
        creation_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        last_modified_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        key (str):  Example: beta-testers.
        rules (list[UserSegmentRulesItem]):
        version (int):
        deleted (bool):  Example: False.
        generation (int):
        description (str | Unset):
        included (list[str] | Unset):
        excluded (list[str] | Unset):
        included_contexts (list[UserSegmentIncludedContextsItem] | Unset):
        excluded_contexts (list[UserSegmentExcludedContextsItem] | Unset):
        field_links (UserSegmentLinks | Unset):
        unbounded (bool | Unset):  Example: False.
        unbounded_context_kind (str | Unset):
    """

    name: str
    tags: list[str]
    creation_date: int
    last_modified_date: int
    key: str
    rules: list[UserSegmentRulesItem]
    version: int
    deleted: bool
    generation: int
    description: str | Unset = UNSET
    included: list[str] | Unset = UNSET
    excluded: list[str] | Unset = UNSET
    included_contexts: list[UserSegmentIncludedContextsItem] | Unset = UNSET
    excluded_contexts: list[UserSegmentExcludedContextsItem] | Unset = UNSET
    field_links: UserSegmentLinks | Unset = UNSET
    unbounded: bool | Unset = UNSET
    unbounded_context_kind: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tags = self.tags

        creation_date = self.creation_date

        last_modified_date = self.last_modified_date

        key = self.key

        rules = []
        for rules_item_data in self.rules:
            rules_item = jsonable(rules_item_data)
            rules.append(rules_item)

        version = self.version

        deleted = self.deleted

        generation = self.generation

        description = self.description

        included: list[str] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = self.included

        excluded: list[str] | Unset = UNSET
        if not isinstance(self.excluded, Unset):
            excluded = self.excluded

        included_contexts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included_contexts, Unset):
            included_contexts = []
            for included_contexts_item_data in self.included_contexts:
                included_contexts_item = jsonable(included_contexts_item_data)
                included_contexts.append(included_contexts_item)

        excluded_contexts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.excluded_contexts, Unset):
            excluded_contexts = []
            for excluded_contexts_item_data in self.excluded_contexts:
                excluded_contexts_item = jsonable(excluded_contexts_item_data)
                excluded_contexts.append(excluded_contexts_item)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        unbounded = self.unbounded

        unbounded_context_kind = self.unbounded_context_kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "tags": tags,
                "creationDate": creation_date,
                "lastModifiedDate": last_modified_date,
                "key": key,
                "rules": rules,
                "version": version,
                "deleted": deleted,
                "generation": generation,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if included is not UNSET:
            field_dict["included"] = included
        if excluded is not UNSET:
            field_dict["excluded"] = excluded
        if included_contexts is not UNSET:
            field_dict["includedContexts"] = included_contexts
        if excluded_contexts is not UNSET:
            field_dict["excludedContexts"] = excluded_contexts
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if unbounded is not UNSET:
            field_dict["unbounded"] = unbounded
        if unbounded_context_kind is not UNSET:
            field_dict["unboundedContextKind"] = unbounded_context_kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        tags = decode.scalar_array(d.pop("tags", decode.MISSING), str, "tags")

        creation_date = d.pop("creationDate", decode.MISSING)
        if type(creation_date) is not int:
            creation_date = decode.expect(creation_date, int, "creationDate")

        last_modified_date = d.pop("lastModifiedDate", decode.MISSING)
        if type(last_modified_date) is not int:
            last_modified_date = decode.expect(last_modified_date, int, "lastModifiedDate")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        rules = decode.model_array(_models.UserSegmentRulesItem.from_dict, d.pop("rules", decode.MISSING), "rules")

        version = d.pop("version", decode.MISSING)
        if type(version) is not int:
            version = decode.expect(version, int, "version")

        deleted = d.pop("deleted", decode.MISSING)
        if type(deleted) is not bool:
            deleted = decode.expect(deleted, bool, "deleted")

        generation = d.pop("generation", decode.MISSING)
        if type(generation) is not int:
            generation = decode.expect(generation, int, "generation")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        included = d.pop("included", UNSET)
        if included is not UNSET:
            included = decode.scalar_array(included, str, "included")

        excluded = d.pop("excluded", UNSET)
        if excluded is not UNSET:
            excluded = decode.scalar_array(excluded, str, "excluded")

        included_contexts = d.pop("includedContexts", UNSET)
        if included_contexts is not UNSET:
            included_contexts = decode.model_array(
                _models.UserSegmentIncludedContextsItem.from_dict, included_contexts, "includedContexts"
            )

        excluded_contexts = d.pop("excludedContexts", UNSET)
        if excluded_contexts is not UNSET:
            excluded_contexts = decode.model_array(
                _models.UserSegmentExcludedContextsItem.from_dict, excluded_contexts, "excludedContexts"
            )

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.UserSegmentLinks.from_dict, field_links, "_links")

        unbounded = d.pop("unbounded", UNSET)
        if type(unbounded) is not bool and unbounded is not UNSET:
            unbounded = decode.expect(unbounded, bool, "unbounded")

        unbounded_context_kind = d.pop("unboundedContextKind", UNSET)
        if type(unbounded_context_kind) is not str and unbounded_context_kind is not UNSET:
            unbounded_context_kind = decode.expect(unbounded_context_kind, str, "unboundedContextKind")

        user_segment = cls.__new__(cls)
        user_segment.name = name
        user_segment.tags = tags
        user_segment.creation_date = creation_date
        user_segment.last_modified_date = last_modified_date
        user_segment.key = key
        user_segment.rules = rules
        user_segment.version = version
        user_segment.deleted = deleted
        user_segment.generation = generation
        user_segment.description = description
        user_segment.included = included
        user_segment.excluded = excluded
        user_segment.included_contexts = included_contexts
        user_segment.excluded_contexts = excluded_contexts
        user_segment.field_links = field_links
        user_segment.unbounded = unbounded
        user_segment.unbounded_context_kind = unbounded_context_kind

        user_segment.additional_properties = d if d else {}
        return user_segment

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
