from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobOutcomeNextWait")


@plain_names({"type": "type_"})
@_attrs_define
class JobOutcomeNextWait:
    """Stay on the page, optionally with an animation.

    Attributes:
        type_ (Literal['wait']):  Default: 'wait'.
        fade (bool | Unset):
        confetti (bool | Unset):
    """

    type_: Literal["wait"] = "wait"
    fade: bool | Unset = UNSET
    confetti: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        fade = self.fade

        confetti = self.confetti

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if fade is not UNSET:
            field_dict["fade"] = fade
        if confetti is not UNSET:
            field_dict["confetti"] = confetti

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['wait']", decode.const(d.pop("type", decode.MISSING), "wait", "type"))

        fade = d.pop("fade", UNSET)
        if type(fade) is not bool and fade is not UNSET:
            fade = decode.expect(fade, bool, "fade")

        confetti = d.pop("confetti", UNSET)
        if type(confetti) is not bool and confetti is not UNSET:
            confetti = decode.expect(confetti, bool, "confetti")

        job_outcome_next_wait = cls.__new__(cls)
        job_outcome_next_wait.type_ = type_
        job_outcome_next_wait.fade = fade
        job_outcome_next_wait.confetti = confetti

        job_outcome_next_wait.additional_properties = d if d else {}
        return job_outcome_next_wait

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
