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
    from ..models.projects_enhancement import ProjectsEnhancement
    from ..models.projects_file import ProjectsFile
    from ..models.projects_import_or_export import ProjectsImportOrExport
    from ..models.projects_model import ProjectsModel
    from ..models.projects_notebook import ProjectsNotebook
    from ..models.projects_parent_project import ProjectsParentProject
    from ..models.projects_project_object import ProjectsProjectObject
    from ..models.projects_report import ProjectsReport
    from ..models.projects_script import ProjectsScript
    from ..models.projects_service import ProjectsService
    from ..models.projects_sub_project import ProjectsSubProject
    from ..models.projects_survey import ProjectsSurvey
    from ..models.projects_table import ProjectsTable
    from ..models.projects_template import ProjectsTemplate
    from ..models.projects_workflow import ProjectsWorkflow
    from ..models.user_simple_user import UserSimpleUser


T = TypeVar("T", bound="ProjectsProject")


@_attrs_define(slots=False)
class ProjectsProject(ResponseMetadata):
    """
    Attributes:
        id (int):
        author (UserSimpleUser):
        name (str):
        description (str):
        users (list[UserSimpleUser]):
        auto_share (bool):
        created_at (str):
        updated_at (str):
        tables (list[ProjectsTable]):
        surveys (list[ProjectsSurvey]):
        scripts (list[ProjectsScript]):
        imports (list[ProjectsImportOrExport]):
        exports (list[ProjectsImportOrExport]):
        models (list[ProjectsModel]):
        notebooks (list[ProjectsNotebook]):
        services (list[ProjectsService]):
        workflows (list[ProjectsWorkflow]):
        reports (list[ProjectsReport]):
        script_templates (list[ProjectsTemplate]):
        files (list[ProjectsFile]):
        enhancements (list[ProjectsEnhancement]):
        projects (list[ProjectsSubProject]):
        all_objects (list[ProjectsProjectObject]):
        note (str):
        can_current_user_enable_auto_share (bool):
        hidden (bool):
        archived (str):
        parent_project (ProjectsParentProject):
        my_permission_level (str):
    """

    id: int
    author: UserSimpleUser
    name: str
    description: str
    users: list[UserSimpleUser]
    auto_share: bool
    created_at: str
    updated_at: str
    tables: list[ProjectsTable]
    surveys: list[ProjectsSurvey]
    scripts: list[ProjectsScript]
    imports: list[ProjectsImportOrExport]
    exports: list[ProjectsImportOrExport]
    models: list[ProjectsModel]
    notebooks: list[ProjectsNotebook]
    services: list[ProjectsService]
    workflows: list[ProjectsWorkflow]
    reports: list[ProjectsReport]
    script_templates: list[ProjectsTemplate]
    files: list[ProjectsFile]
    enhancements: list[ProjectsEnhancement]
    projects: list[ProjectsSubProject]
    all_objects: list[ProjectsProjectObject]
    note: str
    can_current_user_enable_auto_share: bool
    hidden: bool
    archived: str
    parent_project: ProjectsParentProject
    my_permission_level: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        author = jsonable(self.author)

        name = self.name

        description = self.description

        users = []
        for users_item_data in self.users:
            users_item = jsonable(users_item_data)
            users.append(users_item)

        auto_share = self.auto_share

        created_at = self.created_at

        updated_at = self.updated_at

        tables = []
        for tables_item_data in self.tables:
            tables_item = jsonable(tables_item_data)
            tables.append(tables_item)

        surveys = []
        for surveys_item_data in self.surveys:
            surveys_item = jsonable(surveys_item_data)
            surveys.append(surveys_item)

        scripts = []
        for scripts_item_data in self.scripts:
            scripts_item = jsonable(scripts_item_data)
            scripts.append(scripts_item)

        imports = []
        for imports_item_data in self.imports:
            imports_item = jsonable(imports_item_data)
            imports.append(imports_item)

        exports = []
        for exports_item_data in self.exports:
            exports_item = jsonable(exports_item_data)
            exports.append(exports_item)

        models = []
        for models_item_data in self.models:
            models_item = jsonable(models_item_data)
            models.append(models_item)

        notebooks = []
        for notebooks_item_data in self.notebooks:
            notebooks_item = jsonable(notebooks_item_data)
            notebooks.append(notebooks_item)

        services = []
        for services_item_data in self.services:
            services_item = jsonable(services_item_data)
            services.append(services_item)

        workflows = []
        for workflows_item_data in self.workflows:
            workflows_item = jsonable(workflows_item_data)
            workflows.append(workflows_item)

        reports = []
        for reports_item_data in self.reports:
            reports_item = jsonable(reports_item_data)
            reports.append(reports_item)

        script_templates = []
        for script_templates_item_data in self.script_templates:
            script_templates_item = jsonable(script_templates_item_data)
            script_templates.append(script_templates_item)

        files = []
        for files_item_data in self.files:
            files_item = jsonable(files_item_data)
            files.append(files_item)

        enhancements = []
        for enhancements_item_data in self.enhancements:
            enhancements_item = jsonable(enhancements_item_data)
            enhancements.append(enhancements_item)

        projects = []
        for projects_item_data in self.projects:
            projects_item = jsonable(projects_item_data)
            projects.append(projects_item)

        all_objects = []
        for all_objects_item_data in self.all_objects:
            all_objects_item = jsonable(all_objects_item_data)
            all_objects.append(all_objects_item)

        note = self.note

        can_current_user_enable_auto_share = self.can_current_user_enable_auto_share

        hidden = self.hidden

        archived = self.archived

        parent_project = jsonable(self.parent_project)

        my_permission_level = self.my_permission_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "author": author,
                "name": name,
                "description": description,
                "users": users,
                "autoShare": auto_share,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "tables": tables,
                "surveys": surveys,
                "scripts": scripts,
                "imports": imports,
                "exports": exports,
                "models": models,
                "notebooks": notebooks,
                "services": services,
                "workflows": workflows,
                "reports": reports,
                "scriptTemplates": script_templates,
                "files": files,
                "enhancements": enhancements,
                "projects": projects,
                "allObjects": all_objects,
                "note": note,
                "canCurrentUserEnableAutoShare": can_current_user_enable_auto_share,
                "hidden": hidden,
                "archived": archived,
                "parentProject": parent_project,
                "myPermissionLevel": my_permission_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        author = decode.model(_models.UserSimpleUser.from_dict, d.pop("author", decode.MISSING), "author")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        description = d.pop("description", decode.MISSING)
        if type(description) is not str:
            description = decode.expect(description, str, "description")

        users = decode.model_array(_models.UserSimpleUser.from_dict, d.pop("users", decode.MISSING), "users")

        auto_share = d.pop("autoShare", decode.MISSING)
        if type(auto_share) is not bool:
            auto_share = decode.expect(auto_share, bool, "autoShare")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not str:
            created_at = decode.expect(created_at, str, "createdAt")

        updated_at = d.pop("updatedAt", decode.MISSING)
        if type(updated_at) is not str:
            updated_at = decode.expect(updated_at, str, "updatedAt")

        tables = decode.model_array(_models.ProjectsTable.from_dict, d.pop("tables", decode.MISSING), "tables")

        surveys = decode.model_array(_models.ProjectsSurvey.from_dict, d.pop("surveys", decode.MISSING), "surveys")

        scripts = decode.model_array(_models.ProjectsScript.from_dict, d.pop("scripts", decode.MISSING), "scripts")

        imports = decode.model_array(
            _models.ProjectsImportOrExport.from_dict, d.pop("imports", decode.MISSING), "imports"
        )

        exports = decode.model_array(
            _models.ProjectsImportOrExport.from_dict, d.pop("exports", decode.MISSING), "exports"
        )

        models = decode.model_array(_models.ProjectsModel.from_dict, d.pop("models", decode.MISSING), "models")

        notebooks = decode.model_array(
            _models.ProjectsNotebook.from_dict, d.pop("notebooks", decode.MISSING), "notebooks"
        )

        services = decode.model_array(_models.ProjectsService.from_dict, d.pop("services", decode.MISSING), "services")

        workflows = decode.model_array(
            _models.ProjectsWorkflow.from_dict, d.pop("workflows", decode.MISSING), "workflows"
        )

        reports = decode.model_array(_models.ProjectsReport.from_dict, d.pop("reports", decode.MISSING), "reports")

        script_templates = decode.model_array(
            _models.ProjectsTemplate.from_dict, d.pop("scriptTemplates", decode.MISSING), "scriptTemplates"
        )

        files = decode.model_array(_models.ProjectsFile.from_dict, d.pop("files", decode.MISSING), "files")

        enhancements = decode.model_array(
            _models.ProjectsEnhancement.from_dict, d.pop("enhancements", decode.MISSING), "enhancements"
        )

        projects = decode.model_array(
            _models.ProjectsSubProject.from_dict, d.pop("projects", decode.MISSING), "projects"
        )

        all_objects = decode.model_array(
            _models.ProjectsProjectObject.from_dict, d.pop("allObjects", decode.MISSING), "allObjects"
        )

        note = d.pop("note", decode.MISSING)
        if type(note) is not str:
            note = decode.expect(note, str, "note")

        can_current_user_enable_auto_share = d.pop("canCurrentUserEnableAutoShare", decode.MISSING)
        if type(can_current_user_enable_auto_share) is not bool:
            can_current_user_enable_auto_share = decode.expect(
                can_current_user_enable_auto_share, bool, "canCurrentUserEnableAutoShare"
            )

        hidden = d.pop("hidden", decode.MISSING)
        if type(hidden) is not bool:
            hidden = decode.expect(hidden, bool, "hidden")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        parent_project = decode.model(
            _models.ProjectsParentProject.from_dict, d.pop("parentProject", decode.MISSING), "parentProject"
        )

        my_permission_level = d.pop("myPermissionLevel", decode.MISSING)
        if type(my_permission_level) is not str:
            my_permission_level = decode.expect(my_permission_level, str, "myPermissionLevel")

        projects_project = cls.__new__(cls)
        projects_project.id = id
        projects_project.author = author
        projects_project.name = name
        projects_project.description = description
        projects_project.users = users
        projects_project.auto_share = auto_share
        projects_project.created_at = created_at
        projects_project.updated_at = updated_at
        projects_project.tables = tables
        projects_project.surveys = surveys
        projects_project.scripts = scripts
        projects_project.imports = imports
        projects_project.exports = exports
        projects_project.models = models
        projects_project.notebooks = notebooks
        projects_project.services = services
        projects_project.workflows = workflows
        projects_project.reports = reports
        projects_project.script_templates = script_templates
        projects_project.files = files
        projects_project.enhancements = enhancements
        projects_project.projects = projects
        projects_project.all_objects = all_objects
        projects_project.note = note
        projects_project.can_current_user_enable_auto_share = can_current_user_enable_auto_share
        projects_project.hidden = hidden
        projects_project.archived = archived
        projects_project.parent_project = parent_project
        projects_project.my_permission_level = my_permission_level

        projects_project.additional_properties = d if d else {}
        return projects_project

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
