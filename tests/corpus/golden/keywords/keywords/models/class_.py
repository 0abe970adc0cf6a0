from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..types import UNSET, Unset

T = TypeVar("T", bound="Class")


@plain_names({"list": "list_", "type": "type_"})
@_attrs_define
class Class:
    """
    Attributes:
        from_ (str | Unset):
        import_ (str | Unset):
        type_ (str | Unset):
        list_ (list[str] | Unset):
        self_ (str | Unset):
        yield_ (bool | Unset):
    """

    from_: str | Unset = UNSET
    import_: str | Unset = UNSET
    type_: str | Unset = UNSET
    list_: list[str] | Unset = UNSET
    self_: str | Unset = UNSET
    yield_: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        import_ = self.import_

        type_ = self.type_

        list_: list[str] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_

        self_ = self.self_

        yield_ = self.yield_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if from_ is not UNSET:
            field_dict["from"] = from_
        if import_ is not UNSET:
            field_dict["import"] = import_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if list_ is not UNSET:
            field_dict["list"] = list_
        if self_ is not UNSET:
            field_dict["self"] = self_
        if yield_ is not UNSET:
            field_dict["yield"] = yield_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from", UNSET)
        if type(from_) is not str and from_ is not UNSET:
            from_ = decode.expect(from_, str, "from")

        import_ = d.pop("import", UNSET)
        if type(import_) is not str and import_ is not UNSET:
            import_ = decode.expect(import_, str, "import")

        type_ = d.pop("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = decode.expect(type_, str, "type")

        list_ = d.pop("list", UNSET)
        if list_ is not UNSET:
            list_ = decode.scalar_array(list_, str, "list")

        self_ = d.pop("self", UNSET)
        if type(self_) is not str and self_ is not UNSET:
            self_ = decode.expect(self_, str, "self")

        yield_ = d.pop("yield", UNSET)
        if type(yield_) is not bool and yield_ is not UNSET:
            yield_ = decode.expect(yield_, bool, "yield")

        class_ = cls.__new__(cls)
        class_.from_ = from_
        class_.import_ = import_
        class_.type_ = type_
        class_.list_ = list_
        class_.self_ = self_
        class_.yield_ = yield_

        class_.additional_properties = d if d else {}
        return class_

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
