from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.bulk_update_metadata_params_data_values_item import BulkUpdateMetadataParamsDataValuesItem


T = TypeVar("T", bound="BulkUpdateMetadataParamsData")


@_attrs_define
class BulkUpdateMetadataParamsData:
    """
    Attributes:
        file_ids (list[str]): Files to change (Frame.io or Adobe ids).
        values (list[BulkUpdateMetadataParamsDataValuesItem]):
    """

    file_ids: list[str]
    values: list[BulkUpdateMetadataParamsDataValuesItem]

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        file_ids = self.file_ids

        values = []
        for values_item_data in self.values:
            values_item = jsonable(values_item_data)
            values.append(values_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_ids": file_ids,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_ids = decode.scalar_array(d.pop("file_ids", decode.MISSING), str, "file_ids")

        values = decode.model_array(
            _models.BulkUpdateMetadataParamsDataValuesItem.from_dict, d.pop("values", decode.MISSING), "values"
        )

        bulk_update_metadata_params_data = cls.__new__(cls)
        bulk_update_metadata_params_data.file_ids = file_ids
        bulk_update_metadata_params_data.values = values

        return bulk_update_metadata_params_data
