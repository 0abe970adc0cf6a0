from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseGuardianConfiguration")


@_attrs_define
class ReleaseGuardianConfiguration:
    """
    Attributes:
        monitoring_window_milliseconds (int):
        rollout_weight (int):
        rollback_on_regression (bool):
        randomization_unit (str | Unset):
    """

    monitoring_window_milliseconds: int
    rollout_weight: int
    rollback_on_regression: bool
    randomization_unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        monitoring_window_milliseconds = self.monitoring_window_milliseconds

        rollout_weight = self.rollout_weight

        rollback_on_regression = self.rollback_on_regression

        randomization_unit = self.randomization_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "monitoringWindowMilliseconds": monitoring_window_milliseconds,
                "rolloutWeight": rollout_weight,
                "rollbackOnRegression": rollback_on_regression,
            }
        )
        if randomization_unit is not UNSET:
            field_dict["randomizationUnit"] = randomization_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        monitoring_window_milliseconds = d.pop("monitoringWindowMilliseconds", decode.MISSING)
        if type(monitoring_window_milliseconds) is not int:
            monitoring_window_milliseconds = decode.expect(
                monitoring_window_milliseconds, int, "monitoringWindowMilliseconds"
            )

        rollout_weight = d.pop("rolloutWeight", decode.MISSING)
        if type(rollout_weight) is not int:
            rollout_weight = decode.expect(rollout_weight, int, "rolloutWeight")

        rollback_on_regression = d.pop("rollbackOnRegression", decode.MISSING)
        if type(rollback_on_regression) is not bool:
            rollback_on_regression = decode.expect(rollback_on_regression, bool, "rollbackOnRegression")

        randomization_unit = d.pop("randomizationUnit", UNSET)
        if type(randomization_unit) is not str and randomization_unit is not UNSET:
            randomization_unit = decode.expect(randomization_unit, str, "randomizationUnit")

        release_guardian_configuration = cls.__new__(cls)
        release_guardian_configuration.monitoring_window_milliseconds = monitoring_window_milliseconds
        release_guardian_configuration.rollout_weight = rollout_weight
        release_guardian_configuration.rollback_on_regression = rollback_on_regression
        release_guardian_configuration.randomization_unit = randomization_unit

        release_guardian_configuration.additional_properties = d if d else {}
        return release_guardian_configuration

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
