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
    from ..models.environment_approval_settings import EnvironmentApprovalSettings
    from ..models.environment_links import EnvironmentLinks


T = TypeVar("T", bound="Environment")


@_attrs_define
class Environment:
    """An environment within a project.

    Attributes:
        field_id (str):  Example: 64b7f0c2a1d3e4f5a6b7c8e0.
        key (str):  Example: production.
        name (str):  Example: Production.
        api_key (str):  Example: sdk-00000000-0000-0000-0000-000000000000.
        mobile_key (str):  Example: mob-00000000-0000-0000-0000-000000000000.
        color (str):
        default_ttl (int):  Example: 0.
        secure_mode (bool):  Example: False.
        default_track_events (bool):  Example: False.
        require_comments (bool):  Example: True.
        confirm_changes (bool):  Example: True.
        tags (list[str]):  Example: ['prod'].
        critical (bool):  Example: True.
        field_links (EnvironmentLinks | Unset):
        approval_settings (EnvironmentApprovalSettings | Unset):
    """

    field_id: str
    key: str
    name: str
    api_key: str
    mobile_key: str
    color: str
    default_ttl: int
    secure_mode: bool
    default_track_events: bool
    require_comments: bool
    confirm_changes: bool
    tags: list[str]
    critical: bool
    field_links: EnvironmentLinks | Unset = UNSET
    approval_settings: EnvironmentApprovalSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        key = self.key

        name = self.name

        api_key = self.api_key

        mobile_key = self.mobile_key

        color = self.color

        default_ttl = self.default_ttl

        secure_mode = self.secure_mode

        default_track_events = self.default_track_events

        require_comments = self.require_comments

        confirm_changes = self.confirm_changes

        tags = self.tags

        critical = self.critical

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        approval_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approval_settings, Unset):
            approval_settings = jsonable(self.approval_settings)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "key": key,
                "name": name,
                "apiKey": api_key,
                "mobileKey": mobile_key,
                "color": color,
                "defaultTtl": default_ttl,
                "secureMode": secure_mode,
                "defaultTrackEvents": default_track_events,
                "requireComments": require_comments,
                "confirmChanges": confirm_changes,
                "tags": tags,
                "critical": critical,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if approval_settings is not UNSET:
            field_dict["approvalSettings"] = approval_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        api_key = d.pop("apiKey", decode.MISSING)
        if type(api_key) is not str:
            api_key = decode.expect(api_key, str, "apiKey")

        mobile_key = d.pop("mobileKey", decode.MISSING)
        if type(mobile_key) is not str:
            mobile_key = decode.expect(mobile_key, str, "mobileKey")

        color = d.pop("color", decode.MISSING)
        if type(color) is not str:
            color = decode.expect(color, str, "color")

        default_ttl = d.pop("defaultTtl", decode.MISSING)
        if type(default_ttl) is not int:
            default_ttl = decode.expect(default_ttl, int, "defaultTtl")

        secure_mode = d.pop("secureMode", decode.MISSING)
        if type(secure_mode) is not bool:
            secure_mode = decode.expect(secure_mode, bool, "secureMode")

        default_track_events = d.pop("defaultTrackEvents", decode.MISSING)
        if type(default_track_events) is not bool:
            default_track_events = decode.expect(default_track_events, bool, "defaultTrackEvents")

        require_comments = d.pop("requireComments", decode.MISSING)
        if type(require_comments) is not bool:
            require_comments = decode.expect(require_comments, bool, "requireComments")

        confirm_changes = d.pop("confirmChanges", decode.MISSING)
        if type(confirm_changes) is not bool:
            confirm_changes = decode.expect(confirm_changes, bool, "confirmChanges")

        tags = decode.scalar_array(d.pop("tags", decode.MISSING), str, "tags")

        critical = d.pop("critical", decode.MISSING)
        if type(critical) is not bool:
            critical = decode.expect(critical, bool, "critical")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.EnvironmentLinks.from_dict, field_links, "_links")

        approval_settings = d.pop("approvalSettings", UNSET)
        if approval_settings is not UNSET:
            approval_settings = decode.model(
                _models.EnvironmentApprovalSettings.from_dict, approval_settings, "approvalSettings"
            )

        environment = cls.__new__(cls)
        environment.field_id = field_id
        environment.key = key
        environment.name = name
        environment.api_key = api_key
        environment.mobile_key = mobile_key
        environment.color = color
        environment.default_ttl = default_ttl
        environment.secure_mode = secure_mode
        environment.default_track_events = default_track_events
        environment.require_comments = require_comments
        environment.confirm_changes = confirm_changes
        environment.tags = tags
        environment.critical = critical
        environment.field_links = field_links
        environment.approval_settings = approval_settings

        environment.additional_properties = d if d else {}
        return environment

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
