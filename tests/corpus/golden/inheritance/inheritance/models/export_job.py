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
    from ..models.export_outcome import ExportOutcome


T = TypeVar("T", bound="ExportJob")


@_attrs_define
class ExportJob:
    """
    Attributes:
        id (str):
        kind (Literal["export"]):  Default: "export".
        outcome (ExportOutcome | Unset):
        rows (int | Unset):
    """

    id: str
    kind: Literal["export"] = "export"
    outcome: ExportOutcome | Unset = UNSET
    rows: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind: str = self.kind

        outcome: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = jsonable(self.outcome)

        rows = self.rows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
            }
        )
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if rows is not UNSET:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not str:
            id = decode.expect(id, str, "id")

        kind = cast('Literal["export"]', decode.const(d.pop("kind", decode.MISSING), "export", "kind"))

        outcome = d.pop("outcome", UNSET)
        if outcome is not UNSET:
            outcome = decode.model(_models.ExportOutcome.from_dict, outcome, "outcome")

        rows = d.pop("rows", UNSET)
        if type(rows) is not int and rows is not UNSET:
            rows = decode.expect(rows, int, "rows")

        export_job = cls.__new__(cls)
        export_job.id = id
        export_job.kind = kind
        export_job.outcome = outcome
        export_job.rows = rows

        export_job.additional_properties = d if d else {}
        return export_job

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
