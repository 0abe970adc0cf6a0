from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core._types import plain_names
from ..models.repository_rep_type import RepositoryRepType, check_repository_rep_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_rep import BranchRep
    from ..models.repository_rep_links import RepositoryRepLinks


T = TypeVar("T", bound="RepositoryRep")


@plain_names({"type": "type_"})
@_attrs_define
class RepositoryRep:
    """A source repository scanned for flag references.

    Attributes:
        name (str):  Example: my-service.
        type_ (RepositoryRepType | str):  Example: github.
        default_branch (str):  Example: main.
        enabled (bool):  Example: True.
        version (int):  Example: 1.
        field_links (RepositoryRepLinks | Unset):
        source_link (str | Unset):  Example: https://github.com/example/my-service.
        commit_url_template (str | Unset):
        hunk_url_template (str | Unset):
        branches (list[BranchRep] | Unset):
    """

    name: str
    type_: RepositoryRepType | str
    default_branch: str
    enabled: bool
    version: int
    field_links: RepositoryRepLinks | Unset = UNSET
    source_link: str | Unset = UNSET
    commit_url_template: str | Unset = UNSET
    hunk_url_template: str | Unset = UNSET
    branches: list[BranchRep] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        default_branch = self.default_branch

        enabled = self.enabled

        version = self.version

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        source_link = self.source_link

        commit_url_template = self.commit_url_template

        hunk_url_template = self.hunk_url_template

        branches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.branches, Unset):
            branches = []
            for branches_item_data in self.branches:
                branches_item = jsonable(branches_item_data)
                branches.append(branches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "defaultBranch": default_branch,
                "enabled": enabled,
                "version": version,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if source_link is not UNSET:
            field_dict["sourceLink"] = source_link
        if commit_url_template is not UNSET:
            field_dict["commitUrlTemplate"] = commit_url_template
        if hunk_url_template is not UNSET:
            field_dict["hunkUrlTemplate"] = hunk_url_template
        if branches is not UNSET:
            field_dict["branches"] = branches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        type_ = check_repository_rep_type(d.pop("type", decode.MISSING), "type")

        default_branch = d.pop("defaultBranch", decode.MISSING)
        if type(default_branch) is not str:
            default_branch = decode.expect(default_branch, str, "defaultBranch")

        enabled = d.pop("enabled", decode.MISSING)
        if type(enabled) is not bool:
            enabled = decode.expect(enabled, bool, "enabled")

        version = d.pop("version", decode.MISSING)
        if type(version) is not int:
            version = decode.expect(version, int, "version")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.RepositoryRepLinks.from_dict, field_links, "_links")

        source_link = d.pop("sourceLink", UNSET)
        if type(source_link) is not str and source_link is not UNSET:
            source_link = decode.expect(source_link, str, "sourceLink")

        commit_url_template = d.pop("commitUrlTemplate", UNSET)
        if type(commit_url_template) is not str and commit_url_template is not UNSET:
            commit_url_template = decode.expect(commit_url_template, str, "commitUrlTemplate")

        hunk_url_template = d.pop("hunkUrlTemplate", UNSET)
        if type(hunk_url_template) is not str and hunk_url_template is not UNSET:
            hunk_url_template = decode.expect(hunk_url_template, str, "hunkUrlTemplate")

        branches = d.pop("branches", UNSET)
        if branches is not UNSET:
            branches = decode.model_array(_models.BranchRep.from_dict, branches, "branches")

        repository_rep = cls.__new__(cls)
        repository_rep.name = name
        repository_rep.type_ = type_
        repository_rep.default_branch = default_branch
        repository_rep.enabled = enabled
        repository_rep.version = version
        repository_rep.field_links = field_links
        repository_rep.source_link = source_link
        repository_rep.commit_url_template = commit_url_template
        repository_rep.hunk_url_template = hunk_url_template
        repository_rep.branches = branches

        repository_rep.additional_properties = d if d else {}
        return repository_rep

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
