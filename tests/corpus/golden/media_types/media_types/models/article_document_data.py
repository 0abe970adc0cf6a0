from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core._types import plain_names
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_document_data_attributes import ArticleDocumentDataAttributes


T = TypeVar("T", bound="ArticleDocumentData")


@plain_names({"type": "type_"})
@_attrs_define
class ArticleDocumentData:
    """
    Attributes:
        type_ (str | Unset):
        id (str | Unset):
        attributes (ArticleDocumentDataAttributes | Unset):
    """

    type_: str | Unset = UNSET
    id: str | Unset = UNSET
    attributes: ArticleDocumentDataAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = jsonable(self.attributes)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = decode.expect(type_, str, "type")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        attributes = d.pop("attributes", UNSET)
        if attributes is not UNSET:
            attributes = decode.model(_models.ArticleDocumentDataAttributes.from_dict, attributes, "attributes")

        article_document_data = cls.__new__(cls)
        article_document_data.type_ = type_
        article_document_data.id = id
        article_document_data.attributes = attributes

        article_document_data.additional_properties = d if d else {}
        return article_document_data

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
