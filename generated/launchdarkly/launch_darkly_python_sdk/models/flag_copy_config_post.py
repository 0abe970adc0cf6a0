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
    from ..models.flag_copy_config_environment import FlagCopyConfigEnvironment


T = TypeVar("T", bound="FlagCopyConfigPost")


@_attrs_define
class FlagCopyConfigPost:
    """Which environment to copy flag settings from and to.

    Attributes:
        source (FlagCopyConfigEnvironment): An environment and, optionally, the flag version expected there.
        target (FlagCopyConfigEnvironment): An environment and, optionally, the flag version expected there.
        comment (str | Unset):
        included_actions (list[str] | Unset):
        excluded_actions (list[str] | Unset):
    """

    source: FlagCopyConfigEnvironment
    target: FlagCopyConfigEnvironment
    comment: str | Unset = UNSET
    included_actions: list[str] | Unset = UNSET
    excluded_actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        source = jsonable(self.source)

        target = jsonable(self.target)

        comment = self.comment

        included_actions: list[str] | Unset = UNSET
        if not isinstance(self.included_actions, Unset):
            included_actions = self.included_actions

        excluded_actions: list[str] | Unset = UNSET
        if not isinstance(self.excluded_actions, Unset):
            excluded_actions = self.excluded_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "target": target,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if included_actions is not UNSET:
            field_dict["includedActions"] = included_actions
        if excluded_actions is not UNSET:
            field_dict["excludedActions"] = excluded_actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = decode.model(_models.FlagCopyConfigEnvironment.from_dict, d.pop("source", decode.MISSING), "source")

        target = decode.model(_models.FlagCopyConfigEnvironment.from_dict, d.pop("target", decode.MISSING), "target")

        comment = d.pop("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = decode.expect(comment, str, "comment")

        included_actions = d.pop("includedActions", UNSET)
        if included_actions is not UNSET:
            included_actions = decode.scalar_array(included_actions, str, "includedActions")

        excluded_actions = d.pop("excludedActions", UNSET)
        if excluded_actions is not UNSET:
            excluded_actions = decode.scalar_array(excluded_actions, str, "excludedActions")

        flag_copy_config_post = cls.__new__(cls)
        flag_copy_config_post.source = source
        flag_copy_config_post.target = target
        flag_copy_config_post.comment = comment
        flag_copy_config_post.included_actions = included_actions
        flag_copy_config_post.excluded_actions = excluded_actions

        flag_copy_config_post.additional_properties = d if d else {}
        return flag_copy_config_post

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
