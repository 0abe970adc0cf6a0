from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="SpotOrder")


@_attrs_define(slots=False)
class SpotOrder(ResponseMetadata):
    """
    Attributes:
        id (int):
        archived (str):
        csv_s3_uri (str):
        json_s3_uri (str):
        xml_archive_s3_uri (str):
        last_transform_job_id (int):
    """

    id: int
    archived: str
    csv_s3_uri: str
    json_s3_uri: str
    xml_archive_s3_uri: str
    last_transform_job_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        archived = self.archived

        csv_s3_uri = self.csv_s3_uri

        json_s3_uri = self.json_s3_uri

        xml_archive_s3_uri = self.xml_archive_s3_uri

        last_transform_job_id = self.last_transform_job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "archived": archived,
                "csvS3Uri": csv_s3_uri,
                "jsonS3Uri": json_s3_uri,
                "xmlArchiveS3Uri": xml_archive_s3_uri,
                "lastTransformJobId": last_transform_job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        csv_s3_uri = d.pop("csvS3Uri", decode.MISSING)
        if type(csv_s3_uri) is not str:
            csv_s3_uri = decode.expect(csv_s3_uri, str, "csvS3Uri")

        json_s3_uri = d.pop("jsonS3Uri", decode.MISSING)
        if type(json_s3_uri) is not str:
            json_s3_uri = decode.expect(json_s3_uri, str, "jsonS3Uri")

        xml_archive_s3_uri = d.pop("xmlArchiveS3Uri", decode.MISSING)
        if type(xml_archive_s3_uri) is not str:
            xml_archive_s3_uri = decode.expect(xml_archive_s3_uri, str, "xmlArchiveS3Uri")

        last_transform_job_id = d.pop("lastTransformJobId", decode.MISSING)
        if type(last_transform_job_id) is not int:
            last_transform_job_id = decode.expect(last_transform_job_id, int, "lastTransformJobId")

        spot_order = cls.__new__(cls)
        spot_order.id = id
        spot_order.archived = archived
        spot_order.csv_s3_uri = csv_s3_uri
        spot_order.json_s3_uri = json_s3_uri
        spot_order.xml_archive_s3_uri = xml_archive_s3_uri
        spot_order.last_transform_job_id = last_transform_job_id

        spot_order.additional_properties = d if d else {}
        return spot_order

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
