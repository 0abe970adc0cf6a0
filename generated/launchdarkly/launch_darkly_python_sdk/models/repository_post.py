from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..models.repository_post_type import RepositoryPostType, check_repository_post_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="RepositoryPost")


@plain_names({"type": "type_"})
@_attrs_define
class RepositoryPost:
    """Fields for registering a repository.

    Attributes:
        name (str):  Example: my-service.
        source_link (str | Unset):  Example: https://github.com/example/my-service.
        commit_url_template (str | Unset):
        hunk_url_template (str | Unset):
        type_ (RepositoryPostType | str | Unset):  Example: github.
        default_branch (str | Unset):  Example: main.
    """

    name: str
    source_link: str | Unset = UNSET
    commit_url_template: str | Unset = UNSET
    hunk_url_template: str | Unset = UNSET
    type_: RepositoryPostType | str | Unset = UNSET
    default_branch: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source_link = self.source_link

        commit_url_template = self.commit_url_template

        hunk_url_template = self.hunk_url_template

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        default_branch = self.default_branch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if source_link is not UNSET:
            field_dict["sourceLink"] = source_link
        if commit_url_template is not UNSET:
            field_dict["commitUrlTemplate"] = commit_url_template
        if hunk_url_template is not UNSET:
            field_dict["hunkUrlTemplate"] = hunk_url_template
        if type_ is not UNSET:
            field_dict["type"] = type_
        if default_branch is not UNSET:
            field_dict["defaultBranch"] = default_branch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        source_link = d.pop("sourceLink", UNSET)
        if type(source_link) is not str and source_link is not UNSET:
            source_link = decode.expect(source_link, str, "sourceLink")

        commit_url_template = d.pop("commitUrlTemplate", UNSET)
        if type(commit_url_template) is not str and commit_url_template is not UNSET:
            commit_url_template = decode.expect(commit_url_template, str, "commitUrlTemplate")

        hunk_url_template = d.pop("hunkUrlTemplate", UNSET)
        if type(hunk_url_template) is not str and hunk_url_template is not UNSET:
            hunk_url_template = decode.expect(hunk_url_template, str, "hunkUrlTemplate")

        type_ = check_repository_post_type(d.pop("type", UNSET), "type")

        default_branch = d.pop("defaultBranch", UNSET)
        if type(default_branch) is not str and default_branch is not UNSET:
            default_branch = decode.expect(default_branch, str, "defaultBranch")

        repository_post = cls.__new__(cls)
        repository_post.name = name
        repository_post.source_link = source_link
        repository_post.commit_url_template = commit_url_template
        repository_post.hunk_url_template = hunk_url_template
        repository_post.type_ = type_
        repository_post.default_branch = default_branch

        repository_post.additional_properties = d if d else {}
        return repository_post

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
