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
    from ..models.export_job import ExportJob
    from ..models.import_job import ImportJob
    from ..models.job import Job
    from ..models.kind_unknown import KindUnknown


T = TypeVar("T", bound="JobPage")


@_attrs_define
class JobPage:
    """
    Attributes:
        items (list[ExportJob | ImportJob | Job | KindUnknown] | Unset):
    """

    items: list[ExportJob | ImportJob | Job | KindUnknown] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item: dict[str, Any] = jsonable(items_item_data)
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = d.pop("items", UNSET)
        if items is not UNSET:

            def _parse_items_item(data: object) -> ExportJob | ImportJob | Job | KindUnknown:
                if isinstance(data, dict):
                    tag = data.get("kind")
                    if tag == "export":
                        try:
                            return decode.variant(_models.ExportJob.from_dict, data)
                        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                            pass

                    elif tag == "ImportJob":
                        try:
                            return decode.variant(_models.ImportJob.from_dict, data)
                        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                            pass

                try:
                    return decode.variant(_models.ExportJob.from_dict, data)
                except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                    pass

                try:
                    return decode.variant(_models.ImportJob.from_dict, data)
                except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                    pass

                try:
                    return decode.variant(_models.Job.from_dict, data)
                except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                    pass

                try:
                    return decode.variant(_models.KindUnknown.from_dict, data)
                except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                    pass

                return cast(
                    "ExportJob | ImportJob | Job | KindUnknown",
                    decode.mismatch("one of ExportJob | ImportJob | Job | KindUnknown", data),
                )

            items = decode.items(_parse_items_item, items, "items")

        job_page = cls.__new__(cls)
        job_page.items = items

        job_page.additional_properties = d if d else {}
        return job_page

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
