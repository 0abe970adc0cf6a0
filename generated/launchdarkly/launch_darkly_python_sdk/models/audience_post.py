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
    from ..models.audience_configuration import AudienceConfiguration


T = TypeVar("T", bound="AudiencePost")


@_attrs_define
class AudiencePost:
    """
    Attributes:
        environment_key (str):
        name (str):
        segment_keys (list[str] | Unset):
        configuration (AudienceConfiguration | Unset):
    """

    environment_key: str
    name: str
    segment_keys: list[str] | Unset = UNSET
    configuration: AudienceConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        environment_key = self.environment_key

        name = self.name

        segment_keys: list[str] | Unset = UNSET
        if not isinstance(self.segment_keys, Unset):
            segment_keys = self.segment_keys

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = jsonable(self.configuration)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environmentKey": environment_key,
                "name": name,
            }
        )
        if segment_keys is not UNSET:
            field_dict["segmentKeys"] = segment_keys
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        environment_key = d.pop("environmentKey", decode.MISSING)
        if type(environment_key) is not str:
            environment_key = decode.expect(environment_key, str, "environmentKey")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        segment_keys = d.pop("segmentKeys", UNSET)
        if segment_keys is not UNSET:
            segment_keys = decode.scalar_array(segment_keys, str, "segmentKeys")

        configuration = d.pop("configuration", UNSET)
        if configuration is not UNSET:
            configuration = decode.model(_models.AudienceConfiguration.from_dict, configuration, "configuration")

        audience_post = cls.__new__(cls)
        audience_post.environment_key = environment_key
        audience_post.name = name
        audience_post.segment_keys = segment_keys
        audience_post.configuration = configuration

        audience_post.additional_properties = d if d else {}
        return audience_post

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
