from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="Ratecard")


@_attrs_define(slots=False)
class Ratecard(ResponseMetadata):
    """
    Attributes:
        id (int):
        filename (str):
        start_on (datetime.date):
        end_on (datetime.date):
        dma_number (int):
        archived (str):
    """

    id: int
    filename: str
    start_on: datetime.date
    end_on: datetime.date
    dma_number: int
    archived: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        filename = self.filename

        start_on = self.start_on.isoformat()

        end_on = self.end_on.isoformat()

        dma_number = self.dma_number

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "filename": filename,
                "startOn": start_on,
                "endOn": end_on,
                "dmaNumber": dma_number,
                "archived": archived,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        filename = d.pop("filename", decode.MISSING)
        if type(filename) is not str:
            filename = decode.expect(filename, str, "filename")

        start_on = decode.date(d.pop("startOn", decode.MISSING), "startOn")

        end_on = decode.date(d.pop("endOn", decode.MISSING), "endOn")

        dma_number = d.pop("dmaNumber", decode.MISSING)
        if type(dma_number) is not int:
            dma_number = decode.expect(dma_number, int, "dmaNumber")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        ratecard = cls.__new__(cls)
        ratecard.id = id
        ratecard.filename = filename
        ratecard.start_on = start_on
        ratecard.end_on = end_on
        ratecard.dma_number = dma_number
        ratecard.archived = archived

        ratecard.additional_properties = d if d else {}
        return ratecard

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
