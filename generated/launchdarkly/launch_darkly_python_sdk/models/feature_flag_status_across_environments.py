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
    from ..models.feature_flag_status_across_environments_environments import (
        FeatureFlagStatusAcrossEnvironmentsEnvironments,
    )
    from ..models.feature_flag_status_across_environments_links import FeatureFlagStatusAcrossEnvironmentsLinks


T = TypeVar("T", bound="FeatureFlagStatusAcrossEnvironments")


@_attrs_define
class FeatureFlagStatusAcrossEnvironments:
    """Status of a flag in each environment.

    Attributes:
        environments (FeatureFlagStatusAcrossEnvironmentsEnvironments):
        key (str):  Example: my-flag.
        field_links (FeatureFlagStatusAcrossEnvironmentsLinks | Unset):
    """

    environments: FeatureFlagStatusAcrossEnvironmentsEnvironments
    key: str
    field_links: FeatureFlagStatusAcrossEnvironmentsLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        environments = jsonable(self.environments)

        key = self.key

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environments": environments,
                "key": key,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        environments = decode.model(
            _models.FeatureFlagStatusAcrossEnvironmentsEnvironments.from_dict,
            d.pop("environments", decode.MISSING),
            "environments",
        )

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(
                _models.FeatureFlagStatusAcrossEnvironmentsLinks.from_dict, field_links, "_links"
            )

        feature_flag_status_across_environments = cls.__new__(cls)
        feature_flag_status_across_environments.environments = environments
        feature_flag_status_across_environments.key = key
        feature_flag_status_across_environments.field_links = field_links

        feature_flag_status_across_environments.additional_properties = d if d else {}
        return feature_flag_status_across_environments

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
