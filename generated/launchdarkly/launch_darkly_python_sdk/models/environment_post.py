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
    from ..models.environment_source import EnvironmentSource


T = TypeVar("T", bound="EnvironmentPost")


@_attrs_define
class EnvironmentPost:
    """Fields for a new environment.

    Attributes:
        name (str):  Example: Staging.
        key (str):  Example: staging.
        color (str):  Example: F5A623.
        default_ttl (int | Unset):  Example: 0.
        secure_mode (bool | Unset):  Example: False.
        default_track_events (bool | Unset):  Example: False.
        confirm_changes (bool | Unset):  Example: False.
        require_comments (bool | Unset):  Example: False.
        tags (list[str] | Unset):
        source (EnvironmentSource | Unset): An environment to copy settings from.
        critical (bool | Unset):  Example: False.
    """

    name: str
    key: str
    color: str
    default_ttl: int | Unset = UNSET
    secure_mode: bool | Unset = UNSET
    default_track_events: bool | Unset = UNSET
    confirm_changes: bool | Unset = UNSET
    require_comments: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    source: EnvironmentSource | Unset = UNSET
    critical: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key = self.key

        color = self.color

        default_ttl = self.default_ttl

        secure_mode = self.secure_mode

        default_track_events = self.default_track_events

        confirm_changes = self.confirm_changes

        require_comments = self.require_comments

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = jsonable(self.source)

        critical = self.critical

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "key": key,
                "color": color,
            }
        )
        if default_ttl is not UNSET:
            field_dict["defaultTtl"] = default_ttl
        if secure_mode is not UNSET:
            field_dict["secureMode"] = secure_mode
        if default_track_events is not UNSET:
            field_dict["defaultTrackEvents"] = default_track_events
        if confirm_changes is not UNSET:
            field_dict["confirmChanges"] = confirm_changes
        if require_comments is not UNSET:
            field_dict["requireComments"] = require_comments
        if tags is not UNSET:
            field_dict["tags"] = tags
        if source is not UNSET:
            field_dict["source"] = source
        if critical is not UNSET:
            field_dict["critical"] = critical

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

        color = d.pop("color", decode.MISSING)
        if type(color) is not str:
            color = decode.expect(color, str, "color")

        default_ttl = d.pop("defaultTtl", UNSET)
        if type(default_ttl) is not int and default_ttl is not UNSET:
            default_ttl = decode.expect(default_ttl, int, "defaultTtl")

        secure_mode = d.pop("secureMode", UNSET)
        if type(secure_mode) is not bool and secure_mode is not UNSET:
            secure_mode = decode.expect(secure_mode, bool, "secureMode")

        default_track_events = d.pop("defaultTrackEvents", UNSET)
        if type(default_track_events) is not bool and default_track_events is not UNSET:
            default_track_events = decode.expect(default_track_events, bool, "defaultTrackEvents")

        confirm_changes = d.pop("confirmChanges", UNSET)
        if type(confirm_changes) is not bool and confirm_changes is not UNSET:
            confirm_changes = decode.expect(confirm_changes, bool, "confirmChanges")

        require_comments = d.pop("requireComments", UNSET)
        if type(require_comments) is not bool and require_comments is not UNSET:
            require_comments = decode.expect(require_comments, bool, "requireComments")

        tags = d.pop("tags", UNSET)
        if tags is not UNSET:
            tags = decode.scalar_array(tags, str, "tags")

        source = d.pop("source", UNSET)
        if source is not UNSET:
            source = decode.model(_models.EnvironmentSource.from_dict, source, "source")

        critical = d.pop("critical", UNSET)
        if type(critical) is not bool and critical is not UNSET:
            critical = decode.expect(critical, bool, "critical")

        environment_post = cls.__new__(cls)
        environment_post.name = name
        environment_post.key = key
        environment_post.color = color
        environment_post.default_ttl = default_ttl
        environment_post.secure_mode = secure_mode
        environment_post.default_track_events = default_track_events
        environment_post.confirm_changes = confirm_changes
        environment_post.require_comments = require_comments
        environment_post.tags = tags
        environment_post.source = source
        environment_post.critical = critical

        environment_post.additional_properties = d if d else {}
        return environment_post

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
