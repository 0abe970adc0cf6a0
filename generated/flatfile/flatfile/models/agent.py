from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from ..models.compiler import Compiler, check_compiler
from ..models.event_topic import EventTopic, check_event_topic
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_options import AgentOptions


T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent:
    """Event listener code deployed to an environment.

    Attributes:
        id (str | Unset): Identifier assigned by Flatfile. Example: us_ag_YOUR_ID.
        topics (list[EventTopic | str] | Unset):
        compiler (Compiler | str | Unset): Runtime used to build the agent source. Example: js.
        source (str | Unset): Bundled agent code.
        source_map (str | Unset): Source map for the bundled code.
        slug (str | Unset):  Example: default.
        options (AgentOptions | Unset): Deployment options. Example: {'namespace': 'space:blue'}.
        account_id (str | Unset):  Example: us_acc_YOUR_ID.
        environment_id (str | Unset):  Example: us_env_YOUR_ID.
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
    """

    id: str | Unset = UNSET
    topics: list[EventTopic | str] | Unset = UNSET
    compiler: Compiler | str | Unset = UNSET
    source: str | Unset = UNSET
    source_map: str | Unset = UNSET
    slug: str | Unset = UNSET
    options: AgentOptions | Unset = UNSET
    account_id: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        account_id = self.account_id

        environment_id = self.environment_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
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
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

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
            options = decode.model(_models.AgentOptions.from_dict, options, "options")

        account_id = d.pop("accountId", UNSET)
        if type(account_id) is not str and account_id is not UNSET:
            account_id = decode.expect(account_id, str, "accountId")

        environment_id = d.pop("environmentId", UNSET)
        if type(environment_id) is not str and environment_id is not UNSET:
            environment_id = decode.expect(environment_id, str, "environmentId")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        agent = cls.__new__(cls)
        agent.id = id
        agent.topics = topics
        agent.compiler = compiler
        agent.source = source
        agent.source_map = source_map
        agent.slug = slug
        agent.options = options
        agent.account_id = account_id
        agent.environment_id = environment_id
        agent.created_at = created_at
        agent.updated_at = updated_at

        agent.additional_properties = d if d else {}
        return agent

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
