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
    from ..models.release_guardian_configuration import ReleaseGuardianConfiguration


T = TypeVar("T", bound="AudienceConfiguration")


@_attrs_define
class AudienceConfiguration:
    """
    Attributes:
        release_strategy (str):
        require_approval (bool):
        notify_member_ids (list[str] | Unset):
        notify_team_keys (list[str] | Unset):
        release_guardian_configuration (ReleaseGuardianConfiguration | Unset):
    """

    release_strategy: str
    require_approval: bool
    notify_member_ids: list[str] | Unset = UNSET
    notify_team_keys: list[str] | Unset = UNSET
    release_guardian_configuration: ReleaseGuardianConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        release_strategy = self.release_strategy

        require_approval = self.require_approval

        notify_member_ids: list[str] | Unset = UNSET
        if not isinstance(self.notify_member_ids, Unset):
            notify_member_ids = self.notify_member_ids

        notify_team_keys: list[str] | Unset = UNSET
        if not isinstance(self.notify_team_keys, Unset):
            notify_team_keys = self.notify_team_keys

        release_guardian_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.release_guardian_configuration, Unset):
            release_guardian_configuration = jsonable(self.release_guardian_configuration)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "releaseStrategy": release_strategy,
                "requireApproval": require_approval,
            }
        )
        if notify_member_ids is not UNSET:
            field_dict["notifyMemberIds"] = notify_member_ids
        if notify_team_keys is not UNSET:
            field_dict["notifyTeamKeys"] = notify_team_keys
        if release_guardian_configuration is not UNSET:
            field_dict["releaseGuardianConfiguration"] = release_guardian_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        release_strategy = d.pop("releaseStrategy", decode.MISSING)
        if type(release_strategy) is not str:
            release_strategy = decode.expect(release_strategy, str, "releaseStrategy")

        require_approval = d.pop("requireApproval", decode.MISSING)
        if type(require_approval) is not bool:
            require_approval = decode.expect(require_approval, bool, "requireApproval")

        notify_member_ids = d.pop("notifyMemberIds", UNSET)
        if notify_member_ids is not UNSET:
            notify_member_ids = decode.scalar_array(notify_member_ids, str, "notifyMemberIds")

        notify_team_keys = d.pop("notifyTeamKeys", UNSET)
        if notify_team_keys is not UNSET:
            notify_team_keys = decode.scalar_array(notify_team_keys, str, "notifyTeamKeys")

        release_guardian_configuration = d.pop("releaseGuardianConfiguration", UNSET)
        if release_guardian_configuration is not UNSET:
            release_guardian_configuration = decode.model(
                _models.ReleaseGuardianConfiguration.from_dict,
                release_guardian_configuration,
                "releaseGuardianConfiguration",
            )

        audience_configuration = cls.__new__(cls)
        audience_configuration.release_strategy = release_strategy
        audience_configuration.require_approval = require_approval
        audience_configuration.notify_member_ids = notify_member_ids
        audience_configuration.notify_team_keys = notify_team_keys
        audience_configuration.release_guardian_configuration = release_guardian_configuration

        audience_configuration.additional_properties = d if d else {}
        return audience_configuration

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
