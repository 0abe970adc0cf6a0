from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            field_links = self.field_links.to_dict()

        approval_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approval_settings, Unset):
            approval_settings = self.approval_settings.to_dict()

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
        from ..models.environment_approval_settings import EnvironmentApprovalSettings  # noqa: PLC0415
        from ..models.environment_links import EnvironmentLinks  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id")

        key = d.pop("key")

        name = d.pop("name")

        api_key = d.pop("apiKey")

        mobile_key = d.pop("mobileKey")

        color = d.pop("color")

        default_ttl = d.pop("defaultTtl")

        secure_mode = d.pop("secureMode")

        default_track_events = d.pop("defaultTrackEvents")

        require_comments = d.pop("requireComments")

        confirm_changes = d.pop("confirmChanges")

        tags = cast(list[str], d.pop("tags"))

        critical = d.pop("critical")

        _field_links = d.pop("_links", UNSET)
        field_links: EnvironmentLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = EnvironmentLinks.from_dict(_field_links)

        _approval_settings = d.pop("approvalSettings", UNSET)
        approval_settings: EnvironmentApprovalSettings | Unset
        if isinstance(_approval_settings, Unset):
            approval_settings = UNSET
        else:
            approval_settings = EnvironmentApprovalSettings.from_dict(_approval_settings)

        environment = cls(
            field_id=field_id,
            key=key,
            name=name,
            api_key=api_key,
            mobile_key=mobile_key,
            color=color,
            default_ttl=default_ttl,
            secure_mode=secure_mode,
            default_track_events=default_track_events,
            require_comments=require_comments,
            confirm_changes=confirm_changes,
            tags=tags,
            critical=critical,
            field_links=field_links,
            approval_settings=approval_settings,
        )

        environment.additional_properties = d
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
