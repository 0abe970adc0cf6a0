from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        file_ids = self.file_ids

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
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
        from ..models.bulk_update_metadata_params_data_values_item import BulkUpdateMetadataParamsDataValuesItem  # noqa: PLC0415

        d = dict(src_dict)
        file_ids = cast(list[str], d.pop("file_ids"))

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = BulkUpdateMetadataParamsDataValuesItem.from_dict(values_item_data)

            values.append(values_item)

        bulk_update_metadata_params_data = cls(
            file_ids=file_ids,
            values=values,
        )

        return bulk_update_metadata_params_data
