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
    from ..models.import_file_upload_response_upload_fields import ImportFileUploadResponseUploadFields


T = TypeVar("T", bound="ImportFileUploadResponse")


@_attrs_define(slots=False)
class ImportFileUploadResponse(ResponseMetadata):
    """
    Attributes:
        id (int):
        upload_uri (str):
        run_uri (str):
        upload_fields (ImportFileUploadResponseUploadFields):
    """

    id: int
    upload_uri: str
    run_uri: str
    upload_fields: ImportFileUploadResponseUploadFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        upload_uri = self.upload_uri

        run_uri = self.run_uri

        upload_fields = jsonable(self.upload_fields)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uploadUri": upload_uri,
                "runUri": run_uri,
                "uploadFields": upload_fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        upload_uri = d.pop("uploadUri", decode.MISSING)
        if type(upload_uri) is not str:
            upload_uri = decode.expect(upload_uri, str, "uploadUri")

        run_uri = d.pop("runUri", decode.MISSING)
        if type(run_uri) is not str:
            run_uri = decode.expect(run_uri, str, "runUri")

        upload_fields = decode.model(
            _models.ImportFileUploadResponseUploadFields.from_dict,
            d.pop("uploadFields", decode.MISSING),
            "uploadFields",
        )

        import_file_upload_response = cls.__new__(cls)
        import_file_upload_response.id = id
        import_file_upload_response.upload_uri = upload_uri
        import_file_upload_response.run_uri = run_uri
        import_file_upload_response.upload_fields = upload_fields

        import_file_upload_response.additional_properties = d if d else {}
        return import_file_upload_response

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
