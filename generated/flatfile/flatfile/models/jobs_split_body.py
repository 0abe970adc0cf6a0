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
    from ..models.job_parts_type_1_item import JobPartsType1Item


T = TypeVar("T", bound="JobsSplitBody")


@_attrs_define
class JobsSplitBody:
    """
    Attributes:
        parts (int | list[JobPartsType1Item]): Either how many parts to create or the data for each part.
        run_in_parallel (bool | Unset): Run the parts at the same time. Example: True.
    """

    parts: int | list[JobPartsType1Item]
    run_in_parallel: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        parts: int | list[dict[str, Any]]
        if isinstance(self.parts, list):
            parts = []
            for componentsschemas_job_parts_type_1_item_data in self.parts:
                componentsschemas_job_parts_type_1_item = jsonable(componentsschemas_job_parts_type_1_item_data)
                parts.append(componentsschemas_job_parts_type_1_item)

        else:
            parts = self.parts

        run_in_parallel = self.run_in_parallel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parts": parts,
            }
        )
        if run_in_parallel is not UNSET:
            field_dict["runInParallel"] = run_in_parallel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_parts(data: object) -> int | list[JobPartsType1Item]:
            if type(data) is int:
                return data
            try:
                with decode.strictly():
                    componentsschemas_job_parts_type_0 = data
                    if type(componentsschemas_job_parts_type_0) is not int:
                        componentsschemas_job_parts_type_0 = decode.expect(componentsschemas_job_parts_type_0, int)

                return componentsschemas_job_parts_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                with decode.strictly():
                    componentsschemas_job_parts_type_1 = decode.model_array(_models.JobPartsType1Item.from_dict, data)

                return componentsschemas_job_parts_type_1
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "int | list[JobPartsType1Item]", decode.mismatch("one of int | list[JobPartsType1Item]", data, "parts")
            )

        parts = _parse_parts(d.pop("parts", decode.MISSING))

        run_in_parallel = d.pop("runInParallel", UNSET)
        if type(run_in_parallel) is not bool and run_in_parallel is not UNSET:
            run_in_parallel = decode.expect(run_in_parallel, bool, "runInParallel")

        jobs_split_body = cls.__new__(cls)
        jobs_split_body.parts = parts
        jobs_split_body.run_in_parallel = run_in_parallel

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
