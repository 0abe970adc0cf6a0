from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.table_match_job import TableMatchJob
    from ..models.table_match_target import TableMatchTarget


T = TypeVar("T", bound="TableMatch")


@_attrs_define(slots=False)
class TableMatch(ResponseMetadata):
    """
    Attributes:
        source_table_id (int):
        target_type (str):
        target_id (int):
        target (TableMatchTarget):
        job (TableMatchJob):
    """

    source_table_id: int
    target_type: str
    target_id: int
    target: TableMatchTarget
    job: TableMatchJob
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        source_table_id = self.source_table_id

        target_type = self.target_type

        target_id = self.target_id

        target = jsonable(self.target)

        job = jsonable(self.job)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourceTableId": source_table_id,
                "targetType": target_type,
                "targetId": target_id,
                "target": target,
                "job": job,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_table_id = d.pop("sourceTableId", decode.MISSING)
        if type(source_table_id) is not int:
            source_table_id = decode.expect(source_table_id, int, "sourceTableId")

        target_type = d.pop("targetType", decode.MISSING)
        if type(target_type) is not str:
            target_type = decode.expect(target_type, str, "targetType")

        target_id = d.pop("targetId", decode.MISSING)
        if type(target_id) is not int:
            target_id = decode.expect(target_id, int, "targetId")

        target = decode.model(_models.TableMatchTarget.from_dict, d.pop("target", decode.MISSING), "target")

        job = decode.model(_models.TableMatchJob.from_dict, d.pop("job", decode.MISSING), "job")

        table_match = cls.__new__(cls)
        table_match.source_table_id = source_table_id
        table_match.target_type = target_type
        table_match.target_id = target_id
        table_match.target = target
        table_match.job = job

        table_match.additional_properties = d if d else {}
        return table_match

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
