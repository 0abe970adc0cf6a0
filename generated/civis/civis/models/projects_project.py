from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata

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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        author = self.author.to_dict()

        name = self.name

        description = self.description

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        auto_share = self.auto_share

        created_at = self.created_at

        updated_at = self.updated_at

        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

        surveys = []
        for surveys_item_data in self.surveys:
            surveys_item = surveys_item_data.to_dict()
            surveys.append(surveys_item)

        scripts = []
        for scripts_item_data in self.scripts:
            scripts_item = scripts_item_data.to_dict()
            scripts.append(scripts_item)

        imports = []
        for imports_item_data in self.imports:
            imports_item = imports_item_data.to_dict()
            imports.append(imports_item)

        exports = []
        for exports_item_data in self.exports:
            exports_item = exports_item_data.to_dict()
            exports.append(exports_item)

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        notebooks = []
        for notebooks_item_data in self.notebooks:
            notebooks_item = notebooks_item_data.to_dict()
            notebooks.append(notebooks_item)

        services = []
        for services_item_data in self.services:
            services_item = services_item_data.to_dict()
            services.append(services_item)

        workflows = []
        for workflows_item_data in self.workflows:
            workflows_item = workflows_item_data.to_dict()
            workflows.append(workflows_item)

        reports = []
        for reports_item_data in self.reports:
            reports_item = reports_item_data.to_dict()
            reports.append(reports_item)

        script_templates = []
        for script_templates_item_data in self.script_templates:
            script_templates_item = script_templates_item_data.to_dict()
            script_templates.append(script_templates_item)

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        enhancements = []
        for enhancements_item_data in self.enhancements:
            enhancements_item = enhancements_item_data.to_dict()
            enhancements.append(enhancements_item)

        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        all_objects = []
        for all_objects_item_data in self.all_objects:
            all_objects_item = all_objects_item_data.to_dict()
            all_objects.append(all_objects_item)

        note = self.note

        can_current_user_enable_auto_share = self.can_current_user_enable_auto_share

        hidden = self.hidden

        archived = self.archived

        parent_project = self.parent_project.to_dict()

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
        from ..models.projects_enhancement import ProjectsEnhancement  # noqa: PLC0415
        from ..models.projects_file import ProjectsFile  # noqa: PLC0415
        from ..models.projects_import_or_export import ProjectsImportOrExport  # noqa: PLC0415
        from ..models.projects_model import ProjectsModel  # noqa: PLC0415
        from ..models.projects_notebook import ProjectsNotebook  # noqa: PLC0415
        from ..models.projects_parent_project import ProjectsParentProject  # noqa: PLC0415
        from ..models.projects_project_object import ProjectsProjectObject  # noqa: PLC0415
        from ..models.projects_report import ProjectsReport  # noqa: PLC0415
        from ..models.projects_script import ProjectsScript  # noqa: PLC0415
        from ..models.projects_service import ProjectsService  # noqa: PLC0415
        from ..models.projects_sub_project import ProjectsSubProject  # noqa: PLC0415
        from ..models.projects_survey import ProjectsSurvey  # noqa: PLC0415
        from ..models.projects_table import ProjectsTable  # noqa: PLC0415
        from ..models.projects_template import ProjectsTemplate  # noqa: PLC0415
        from ..models.projects_workflow import ProjectsWorkflow  # noqa: PLC0415
        from ..models.user_simple_user import UserSimpleUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        author = UserSimpleUser.from_dict(d.pop("author"))

        name = d.pop("name")

        description = d.pop("description")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = UserSimpleUser.from_dict(users_item_data)

            users.append(users_item)

        auto_share = d.pop("autoShare")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        tables = []
        _tables = d.pop("tables")
        for tables_item_data in _tables:
            tables_item = ProjectsTable.from_dict(tables_item_data)

            tables.append(tables_item)

        surveys = []
        _surveys = d.pop("surveys")
        for surveys_item_data in _surveys:
            surveys_item = ProjectsSurvey.from_dict(surveys_item_data)

            surveys.append(surveys_item)

        scripts = []
        _scripts = d.pop("scripts")
        for scripts_item_data in _scripts:
            scripts_item = ProjectsScript.from_dict(scripts_item_data)

            scripts.append(scripts_item)

        imports = []
        _imports = d.pop("imports")
        for imports_item_data in _imports:
            imports_item = ProjectsImportOrExport.from_dict(imports_item_data)

            imports.append(imports_item)

        exports = []
        _exports = d.pop("exports")
        for exports_item_data in _exports:
            exports_item = ProjectsImportOrExport.from_dict(exports_item_data)

            exports.append(exports_item)

        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = ProjectsModel.from_dict(models_item_data)

            models.append(models_item)

        notebooks = []
        _notebooks = d.pop("notebooks")
        for notebooks_item_data in _notebooks:
            notebooks_item = ProjectsNotebook.from_dict(notebooks_item_data)

            notebooks.append(notebooks_item)

        services = []
        _services = d.pop("services")
        for services_item_data in _services:
            services_item = ProjectsService.from_dict(services_item_data)

            services.append(services_item)

        workflows = []
        _workflows = d.pop("workflows")
        for workflows_item_data in _workflows:
            workflows_item = ProjectsWorkflow.from_dict(workflows_item_data)

            workflows.append(workflows_item)

        reports = []
        _reports = d.pop("reports")
        for reports_item_data in _reports:
            reports_item = ProjectsReport.from_dict(reports_item_data)

            reports.append(reports_item)

        script_templates = []
        _script_templates = d.pop("scriptTemplates")
        for script_templates_item_data in _script_templates:
            script_templates_item = ProjectsTemplate.from_dict(script_templates_item_data)

            script_templates.append(script_templates_item)

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = ProjectsFile.from_dict(files_item_data)

            files.append(files_item)

        enhancements = []
        _enhancements = d.pop("enhancements")
        for enhancements_item_data in _enhancements:
            enhancements_item = ProjectsEnhancement.from_dict(enhancements_item_data)

            enhancements.append(enhancements_item)

        projects = []
        _projects = d.pop("projects")
        for projects_item_data in _projects:
            projects_item = ProjectsSubProject.from_dict(projects_item_data)

            projects.append(projects_item)

        all_objects = []
        _all_objects = d.pop("allObjects")
        for all_objects_item_data in _all_objects:
            all_objects_item = ProjectsProjectObject.from_dict(all_objects_item_data)

            all_objects.append(all_objects_item)

        note = d.pop("note")

        can_current_user_enable_auto_share = d.pop("canCurrentUserEnableAutoShare")

        hidden = d.pop("hidden")

        archived = d.pop("archived")

        parent_project = ProjectsParentProject.from_dict(d.pop("parentProject"))

        my_permission_level = d.pop("myPermissionLevel")

        projects_project = cls(
            id=id,
            author=author,
            name=name,
            description=description,
            users=users,
            auto_share=auto_share,
            created_at=created_at,
            updated_at=updated_at,
            tables=tables,
            surveys=surveys,
            scripts=scripts,
            imports=imports,
            exports=exports,
            models=models,
            notebooks=notebooks,
            services=services,
            workflows=workflows,
            reports=reports,
            script_templates=script_templates,
            files=files,
            enhancements=enhancements,
            projects=projects,
            all_objects=all_objects,
            note=note,
            can_current_user_enable_auto_share=can_current_user_enable_auto_share,
            hidden=hidden,
            archived=archived,
            parent_project=parent_project,
            my_permission_level=my_permission_level,
        )

        projects_project.additional_properties = d
        return projects_project

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
