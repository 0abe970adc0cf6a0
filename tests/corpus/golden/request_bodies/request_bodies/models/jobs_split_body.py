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
    from ..models.page_range import PageRange
    from ..models.part import Part
    from ..models.staple import Staple


T = TypeVar("T", bound="JobsSplitBody")


@_attrs_define
class JobsSplitBody:
    """
    Attributes:
        parts (list[Part]):
        finishing (Binding | Staple | Unset):
        routing (list[Binding | Staple] | Unset):
        cover_sheet (PageRange | Unset):
    """

    parts: list[Part]
    finishing: Binding | Staple | Unset = UNSET
    routing: list[Binding | Staple] | Unset = UNSET
    cover_sheet: PageRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        parts = []
        for parts_item_data in self.parts:
            parts_item = jsonable(parts_item_data)
            parts.append(parts_item)

        finishing: dict[str, Any] | Unset = jsonable(self.finishing)

        routing: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.routing, Unset):
            routing = []
            for routing_item_data in self.routing:
                routing_item: dict[str, Any] = jsonable(routing_item_data)
                routing.append(routing_item)

        cover_sheet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cover_sheet, Unset):
            cover_sheet = jsonable(self.cover_sheet)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parts": parts,
            }
        )
        if finishing is not UNSET:
            field_dict["finishing"] = finishing
        if routing is not UNSET:
            field_dict["routing"] = routing
        if cover_sheet is not UNSET:
            field_dict["coverSheet"] = cover_sheet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        routing = d.pop("routing", UNSET)
        if routing is not UNSET:

            def _parse_routing_item(data: object) -> Binding | Staple:
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

                return cast("Binding | Staple", decode.mismatch("one of Binding | Staple", data))

            routing = decode.items(_parse_routing_item, routing, "routing")

        cover_sheet = d.pop("coverSheet", UNSET)
        if cover_sheet is not UNSET:
            cover_sheet = decode.model(_models.PageRange.from_dict, cover_sheet, "coverSheet")

        jobs_split_body = cls.__new__(cls)
        jobs_split_body.parts = parts
        jobs_split_body.finishing = finishing
        jobs_split_body.routing = routing
        jobs_split_body.cover_sheet = cover_sheet

        jobs_split_body.additional_properties = d if d else {}
        return jobs_split_body

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
