from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="SqlScriptCsvSettings")


@_attrs_define(slots=False)
class SqlScriptCsvSettings(ResponseMetadata):
    """
    Attributes:
        include_header (bool | Unset):
        compression (str | Unset):
        column_delimiter (str | Unset):
        unquoted (bool | Unset):
        force_multifile (bool | Unset):
        filename_prefix (None | str | Unset):
        max_file_size (int | None | Unset):
    """

    include_header: bool | Unset = UNSET
    compression: str | Unset = UNSET
    column_delimiter: str | Unset = UNSET
    unquoted: bool | Unset = UNSET
    force_multifile: bool | Unset = UNSET
    filename_prefix: None | str | Unset = UNSET
    max_file_size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        include_header = self.include_header

        compression = self.compression

        column_delimiter = self.column_delimiter

        unquoted = self.unquoted

        force_multifile = self.force_multifile

        filename_prefix: None | str | Unset
        if isinstance(self.filename_prefix, Unset):
            filename_prefix = UNSET
        else:
            filename_prefix = self.filename_prefix

        max_file_size: int | None | Unset
        if isinstance(self.max_file_size, Unset):
            max_file_size = UNSET
        else:
            max_file_size = self.max_file_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if include_header is not UNSET:
            field_dict["includeHeader"] = include_header
        if compression is not UNSET:
            field_dict["compression"] = compression
        if column_delimiter is not UNSET:
            field_dict["columnDelimiter"] = column_delimiter
        if unquoted is not UNSET:
            field_dict["unquoted"] = unquoted
        if force_multifile is not UNSET:
            field_dict["forceMultifile"] = force_multifile
        if filename_prefix is not UNSET:
            field_dict["filenamePrefix"] = filename_prefix
        if max_file_size is not UNSET:
            field_dict["maxFileSize"] = max_file_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        include_header = d.pop("includeHeader", UNSET)
        if type(include_header) is not bool and include_header is not UNSET:
            include_header = decode.expect(include_header, bool, "includeHeader")

        compression = d.pop("compression", UNSET)
        if type(compression) is not str and compression is not UNSET:
            compression = decode.expect(compression, str, "compression")

        column_delimiter = d.pop("columnDelimiter", UNSET)
        if type(column_delimiter) is not str and column_delimiter is not UNSET:
            column_delimiter = decode.expect(column_delimiter, str, "columnDelimiter")

        unquoted = d.pop("unquoted", UNSET)
        if type(unquoted) is not bool and unquoted is not UNSET:
            unquoted = decode.expect(unquoted, bool, "unquoted")

        force_multifile = d.pop("forceMultifile", UNSET)
        if type(force_multifile) is not bool and force_multifile is not UNSET:
            force_multifile = decode.expect(force_multifile, bool, "forceMultifile")

        filename_prefix = d.pop("filenamePrefix", UNSET)
        if filename_prefix is not None and type(filename_prefix) is not str and filename_prefix is not UNSET:
            filename_prefix = decode.expect(filename_prefix, str, "filenamePrefix", "one of None | str")

        max_file_size = d.pop("maxFileSize", UNSET)
        if max_file_size is not None and type(max_file_size) is not int and max_file_size is not UNSET:
            max_file_size = decode.expect(max_file_size, int, "maxFileSize", "one of int | None")

        sql_script_csv_settings = cls.__new__(cls)
        sql_script_csv_settings.include_header = include_header
        sql_script_csv_settings.compression = compression
        sql_script_csv_settings.column_delimiter = column_delimiter
        sql_script_csv_settings.unquoted = unquoted
        sql_script_csv_settings.force_multifile = force_multifile
        sql_script_csv_settings.filename_prefix = filename_prefix
        sql_script_csv_settings.max_file_size = max_file_size

        sql_script_csv_settings.additional_properties = d if d else {}
        return sql_script_csv_settings

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
