from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.compiler import Compiler, check_compiler
from ..models.event_topic import EventTopic, check_event_topic
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agents_create_body_options import AgentsCreateBodyOptions


T = TypeVar("T", bound="AgentsCreateBody")


@_attrs_define
class AgentsCreateBody:
    """
    Attributes:
        topics (list[EventTopic | str] | Unset):  Example: ['workbook:updated'].
        compiler (Compiler | str | Unset): Runtime used to build the agent source. Example: js.
        source (str | Unset): Bundled agent code. Example: module.exports = { routeEvent: async (...args) => {
            console.log(args) } }.
        source_map (str | Unset): Source map for the bundle.
        slug (str | Unset): Short name of the agent. Example: default.
        options (AgentsCreateBodyOptions | Unset): Deployment options. Example: {'namespace': 'space:blue'}.
    """

    topics: list[EventTopic | str] | Unset = UNSET
    compiler: Compiler | str | Unset = UNSET
    source: str | Unset = UNSET
    source_map: str | Unset = UNSET
    slug: str | Unset = UNSET
    options: AgentsCreateBodyOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        topics: list[str] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item: str = topics_item_data
                topics.append(topics_item)

        compiler: str | Unset = UNSET
        if not isinstance(self.compiler, Unset):
            compiler = self.compiler

        source = self.source

        source_map = self.source_map

        slug = self.slug

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = jsonable(self.options)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if topics is not UNSET:
            field_dict["topics"] = topics
        if compiler is not UNSET:
            field_dict["compiler"] = compiler
        if source is not UNSET:
            field_dict["source"] = source
        if source_map is not UNSET:
            field_dict["sourceMap"] = source_map
        if slug is not UNSET:
            field_dict["slug"] = slug
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _topics_array = d.pop("topics", UNSET)
        topics: list[EventTopic | str] | Unset
        if isinstance(_topics_array, list):
            topics = []
            with decode.in_array("topics", topics):
                for topics_item_data in _topics_array:
                    topics_item = check_event_topic(topics_item_data)

                    topics.append(topics_item)
        else:
            topics = decode.mismatch("an array", _topics_array, "topics")

        compiler = check_compiler(d.pop("compiler", UNSET), "compiler")

        source = d.pop("source", UNSET)
        if type(source) is not str and source is not UNSET:
            source = decode.expect(source, str, "source")

        source_map = d.pop("sourceMap", UNSET)
        if type(source_map) is not str and source_map is not UNSET:
            source_map = decode.expect(source_map, str, "sourceMap")

        slug = d.pop("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = decode.expect(slug, str, "slug")

        options = d.pop("options", UNSET)
        if options is not UNSET:
            options = decode.model(_models.AgentsCreateBodyOptions.from_dict, options, "options")

        agents_create_body = cls.__new__(cls)
        agents_create_body.topics = topics
        agents_create_body.compiler = compiler
        agents_create_body.source = source
        agents_create_body.source_map = source_map
        agents_create_body.slug = slug
        agents_create_body.options = options

        agents_create_body.additional_properties = d if d else {}
        return agents_create_body

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
