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
    from ..models.tree_node_by_name import TreeNodeByName


T = TypeVar("T", bound="TreeNode")


@_attrs_define
class TreeNode:
    """
    Attributes:
        value (str):
        children (list[TreeNode] | Unset):
        parent (TreeNode | Unset):
        by_name (TreeNodeByName | Unset):
    """

    value: str
    children: list[TreeNode] | Unset = UNSET
    parent: TreeNode | Unset = UNSET
    by_name: TreeNodeByName | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = jsonable(children_item_data)
                children.append(children_item)

        parent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = jsonable(self.parent)

        by_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.by_name, Unset):
            by_name = jsonable(self.by_name)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children
        if parent is not UNSET:
            field_dict["parent"] = parent
        if by_name is not UNSET:
            field_dict["byName"] = by_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value", decode.MISSING)
        if type(value) is not str:
            value = decode.expect(value, str, "value")

        children = d.pop("children", UNSET)
        if children is not UNSET:
            children = decode.model_array(_models.TreeNode.from_dict, children, "children")

        parent = d.pop("parent", UNSET)
        if parent is not UNSET:
            parent = decode.model(_models.TreeNode.from_dict, parent, "parent")

        by_name = d.pop("byName", UNSET)
        if by_name is not UNSET:
            by_name = decode.model(_models.TreeNodeByName.from_dict, by_name, "byName")

        tree_node = cls.__new__(cls)
        tree_node.value = value
        tree_node.children = children
        tree_node.parent = parent
        tree_node.by_name = by_name

        tree_node.additional_properties = d if d else {}
        return tree_node

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
