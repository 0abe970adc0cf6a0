from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.binding import Binding
    from ..models.part import Part
    from ..models.staple import Staple


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """
    Attributes:
        title (str):
        parts (list[Part]):
        finishing (Binding | Staple | Unset):
    """

    title: str
    parts: list[Part]
    finishing: Binding | Staple | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        parts = []
        for parts_item_data in self.parts:
            parts_item = jsonable(parts_item_data)
            parts.append(parts_item)

        finishing: dict[str, Any] | Unset = jsonable(self.finishing)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "parts": parts,
            }
        )
        if finishing is not UNSET:
            field_dict["finishing"] = finishing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", decode.MISSING)
        if type(title) is not str:
            title = decode.expect(title, str, "title")

        parts = decode.model_array(_models.Part.from_dict, d.pop("parts", decode.MISSING), "parts")

        def _parse_finishing(data: object) -> Binding | Staple | Unset:
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                tag = data.get("kind")
                if tag == "staple":
                    try:
                        return decode.variant(_models.Staple.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "binding":
                    try:
                        return decode.variant(_models.Binding.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                return decode.variant(_models.Staple.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.Binding.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("Binding | Staple | Unset", decode.mismatch("one of Binding | Staple", data, "finishing"))

        finishing = d.pop("finishing", UNSET)
        if finishing is not UNSET:
            finishing = _parse_finishing(finishing)

        job = cls.__new__(cls)
        job.title = title
        job.parts = parts
        job.finishing = finishing

        job.additional_properties = d if d else {}
        return job

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
