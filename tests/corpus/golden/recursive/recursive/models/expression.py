from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.expression_op import ExpressionOp, check_expression_op
from ..types import UNSET, Unset

T = TypeVar("T", bound="Expression")


@_attrs_define
class Expression:
    """
    Attributes:
        op (ExpressionOp | str):
        value (float | Unset):
        args (list[list[Expression]] | Unset):
    """

    op: ExpressionOp | str
    value: float | Unset = UNSET
    args: list[list[Expression]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        op: str = self.op

        value = self.value

        args: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = []
            for args_item_data in self.args:
                args_item = []
                for args_item_item_data in args_item_data:
                    args_item_item = jsonable(args_item_item_data)
                    args_item.append(args_item_item)

                args.append(args_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if args is not UNSET:
            field_dict["args"] = args

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        op = check_expression_op(d.pop("op", decode.MISSING), "op")

        value = d.pop("value", UNSET)
        if type(value) is not float and value is not UNSET:
            value = decode.expect(value, float, "value")

        _args_array = d.pop("args", UNSET)
        args: list[list[Expression]] | Unset
        if isinstance(_args_array, list):
            args = []
            with decode.in_array("args", args):
                for args_item_data in _args_array:
                    args_item = decode.model_array(_models.Expression.from_dict, args_item_data)

                    args.append(args_item)
        else:
            args = decode.mismatch("an array", _args_array, "args")

        expression = cls.__new__(cls)
        expression.op = op
        expression.value = value
        expression.args = args

        expression.additional_properties = d if d else {}
        return expression

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
