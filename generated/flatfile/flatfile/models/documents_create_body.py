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
    from ..models.action import Action


T = TypeVar("T", bound="DocumentsCreateBody")


@_attrs_define
class DocumentsCreateBody:
    """
    Attributes:
        title (str): Heading of the document. Example: My Document 1.
        body (str): Markdown or HTML content. Example: My information.
        treatments (list[str] | Unset): Labels that change how the document is shown.
        actions (list[Action] | Unset):
    """

    title: str
    body: str
    treatments: list[str] | Unset = UNSET
    actions: list[Action] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        body = self.body

        treatments: list[str] | Unset = UNSET
        if not isinstance(self.treatments, Unset):
            treatments = self.treatments

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = jsonable(actions_item_data)
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "body": body,
            }
        )
        if treatments is not UNSET:
            field_dict["treatments"] = treatments
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", decode.MISSING)
        if type(title) is not str:
            title = decode.expect(title, str, "title")

        body = d.pop("body", decode.MISSING)
        if type(body) is not str:
            body = decode.expect(body, str, "body")

        treatments = d.pop("treatments", UNSET)
        if treatments is not UNSET:
            treatments = decode.scalar_array(treatments, str, "treatments")

        actions = d.pop("actions", UNSET)
        if actions is not UNSET:
            actions = decode.model_array(_models.Action.from_dict, actions, "actions")

        documents_create_body = cls.__new__(cls)
        documents_create_body.title = title
        documents_create_body.body = body
        documents_create_body.treatments = treatments
        documents_create_body.actions = actions

        documents_create_body.additional_properties = d if d else {}
        return documents_create_body

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
