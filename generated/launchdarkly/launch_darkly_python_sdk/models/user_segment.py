from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.user_segment_excluded_contexts_item import UserSegmentExcludedContextsItem  # noqa: PLC0415
        from ..models.user_segment_included_contexts_item import UserSegmentIncludedContextsItem  # noqa: PLC0415
        from ..models.user_segment_links import UserSegmentLinks  # noqa: PLC0415
        from ..models.user_segment_rules_item import UserSegmentRulesItem  # noqa: PLC0415

        d = dict(src_dict)
        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        _tags = d.pop("tags", decode.MISSING)
        tags: list[str]
        if isinstance(_tags, list):
            tags = []
            for tags_index, tags_item_data in enumerate(_tags):
                with decode.at("tags", tags_index):
                    tags_item = decode.expect(tags_item_data, str)

                tags.append(tags_item)
        else:
            tags = decode.mismatch("an array", _tags, "tags")

        creation_date = decode.expect(d.pop("creationDate", decode.MISSING), int, "creationDate")

        last_modified_date = decode.expect(d.pop("lastModifiedDate", decode.MISSING), int, "lastModifiedDate")

        key = decode.expect(d.pop("key", decode.MISSING), str, "key")

        _rules = d.pop("rules", decode.MISSING)
        rules: list[UserSegmentRulesItem]
        if isinstance(_rules, list):
            rules = []
            for rules_index, rules_item_data in enumerate(_rules):
                with decode.at("rules", rules_index):
                    rules_item = decode.model(UserSegmentRulesItem.from_dict, rules_item_data)

                rules.append(rules_item)
        else:
            rules = decode.mismatch("an array", _rules, "rules")

        version = decode.expect(d.pop("version", decode.MISSING), int, "version")

        deleted = decode.expect(d.pop("deleted", decode.MISSING), bool, "deleted")

        generation = decode.expect(d.pop("generation", decode.MISSING), int, "generation")

        description = decode.expect(d.pop("description", UNSET), str, "description")

        _included = d.pop("included", UNSET)
        included: list[str] | Unset
        if isinstance(_included, list):
            included = []
            for included_index, included_item_data in enumerate(_included):
                with decode.at("included", included_index):
                    included_item = decode.expect(included_item_data, str)

                included.append(included_item)
        else:
            included = decode.mismatch("an array", _included, "included")

        _excluded = d.pop("excluded", UNSET)
        excluded: list[str] | Unset
        if isinstance(_excluded, list):
            excluded = []
            for excluded_index, excluded_item_data in enumerate(_excluded):
                with decode.at("excluded", excluded_index):
                    excluded_item = decode.expect(excluded_item_data, str)

                excluded.append(excluded_item)
        else:
            excluded = decode.mismatch("an array", _excluded, "excluded")

        _included_contexts = d.pop("includedContexts", UNSET)
        included_contexts: list[UserSegmentIncludedContextsItem] | Unset
        if isinstance(_included_contexts, list):
            included_contexts = []
            for included_contexts_index, included_contexts_item_data in enumerate(_included_contexts):
                with decode.at("includedContexts", included_contexts_index):
                    included_contexts_item = decode.model(
                        UserSegmentIncludedContextsItem.from_dict, included_contexts_item_data
                    )

                included_contexts.append(included_contexts_item)
        else:
            included_contexts = decode.mismatch("an array", _included_contexts, "includedContexts")

        _excluded_contexts = d.pop("excludedContexts", UNSET)
        excluded_contexts: list[UserSegmentExcludedContextsItem] | Unset
        if isinstance(_excluded_contexts, list):
            excluded_contexts = []
            for excluded_contexts_index, excluded_contexts_item_data in enumerate(_excluded_contexts):
                with decode.at("excludedContexts", excluded_contexts_index):
                    excluded_contexts_item = decode.model(
                        UserSegmentExcludedContextsItem.from_dict, excluded_contexts_item_data
                    )

                excluded_contexts.append(excluded_contexts_item)
        else:
            excluded_contexts = decode.mismatch("an array", _excluded_contexts, "excludedContexts")

        field_links = decode.model(UserSegmentLinks.from_dict, d.pop("_links", UNSET), "_links")

        unbounded = decode.expect(d.pop("unbounded", UNSET), bool, "unbounded")

        unbounded_context_kind = decode.expect(d.pop("unboundedContextKind", UNSET), str, "unboundedContextKind")

        user_segment = cls(
            name=name,
            tags=tags,
            creation_date=creation_date,
            last_modified_date=last_modified_date,
            key=key,
            rules=rules,
            version=version,
            deleted=deleted,
            generation=generation,
            description=description,
            included=included,
            excluded=excluded,
            included_contexts=included_contexts,
            excluded_contexts=excluded_contexts,
            field_links=field_links,
            unbounded=unbounded,
            unbounded_context_kind=unbounded_context_kind,
        )

        user_segment.additional_properties = d
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
