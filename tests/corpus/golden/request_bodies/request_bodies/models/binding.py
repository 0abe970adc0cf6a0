from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_range import PageRange


T = TypeVar("T", bound="Binding")


@_attrs_define
class Binding:
    """
    Attributes:
        kind (Literal["binding"]):  Default: "binding".
        binding_style (str):
        cover (PageRange | Unset):
    """

    binding_style: str
    kind: Literal["binding"] = "binding"
    cover: PageRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        binding_style = self.binding_style

        cover: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cover, Unset):
            cover = jsonable(self.cover)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "bindingStyle": binding_style,
            }
        )
        if cover is not UNSET:
            field_dict["cover"] = cover

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast('Literal["binding"]', decode.const(d.pop("kind", decode.MISSING), "binding", "kind"))

        binding_style = d.pop("bindingStyle", decode.MISSING)
        if type(binding_style) is not str:
            binding_style = decode.expect(binding_style, str, "bindingStyle")

        cover = d.pop("cover", UNSET)
        if cover is not UNSET:
            cover = decode.model(_models.PageRange.from_dict, cover, "cover")

        binding = cls.__new__(cls)
        binding.kind = kind
        binding.binding_style = binding_style
        binding.cover = cover

        binding.additional_properties = d if d else {}
        return binding

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
