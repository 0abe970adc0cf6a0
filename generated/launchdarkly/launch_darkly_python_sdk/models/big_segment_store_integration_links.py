from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="BigSegmentStoreIntegrationLinks")


@_attrs_define
class BigSegmentStoreIntegrationLinks:
    """
    Attributes:
        self_ (Link): A hypermedia reference.
        parent (Link): A hypermedia reference.
        project (Link): A hypermedia reference.
        environment (Link): A hypermedia reference.
    """

    self_: Link
    parent: Link
    project: Link
    environment: Link
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        self_ = jsonable(self.self_)

        parent = jsonable(self.parent)

        project = jsonable(self.project)

        environment = jsonable(self.environment)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
                "parent": parent,
                "project": project,
                "environment": environment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        self_ = decode.model(_models.Link.from_dict, d.pop("self", decode.MISSING), "self")

        parent = decode.model(_models.Link.from_dict, d.pop("parent", decode.MISSING), "parent")

        project = decode.model(_models.Link.from_dict, d.pop("project", decode.MISSING), "project")

        environment = decode.model(_models.Link.from_dict, d.pop("environment", decode.MISSING), "environment")

        big_segment_store_integration_links = cls.__new__(cls)
        big_segment_store_integration_links.self_ = self_
        big_segment_store_integration_links.parent = parent
        big_segment_store_integration_links.project = project
        big_segment_store_integration_links.environment = environment

        big_segment_store_integration_links.additional_properties = d if d else {}
        return big_segment_store_integration_links

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
