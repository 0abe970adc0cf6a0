from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = decode.expect(d.pop("id", decode.MISSING), int, "id")

        author = decode.model(UserSimpleUser.from_dict, d.pop("author", decode.MISSING), "author")

        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        description = decode.expect(d.pop("description", decode.MISSING), str, "description")

        _users = d.pop("users", decode.MISSING)
        users: list[UserSimpleUser]
        if isinstance(_users, list):
            users = []
            for users_index, users_item_data in enumerate(_users):
                with decode.at("users", users_index):
                    users_item = decode.model(UserSimpleUser.from_dict, users_item_data)

                users.append(users_item)
        else:
            users = decode.mismatch("an array", _users, "users")

        auto_share = decode.expect(d.pop("autoShare", decode.MISSING), bool, "autoShare")

        created_at = decode.expect(d.pop("createdAt", decode.MISSING), str, "createdAt")

        updated_at = decode.expect(d.pop("updatedAt", decode.MISSING), str, "updatedAt")

        _tables = d.pop("tables", decode.MISSING)
        tables: list[ProjectsTable]
        if isinstance(_tables, list):
            tables = []
            for tables_index, tables_item_data in enumerate(_tables):
                with decode.at("tables", tables_index):
                    tables_item = decode.model(ProjectsTable.from_dict, tables_item_data)

                tables.append(tables_item)
        else:
            tables = decode.mismatch("an array", _tables, "tables")

        _surveys = d.pop("surveys", decode.MISSING)
        surveys: list[ProjectsSurvey]
        if isinstance(_surveys, list):
            surveys = []
            for surveys_index, surveys_item_data in enumerate(_surveys):
                with decode.at("surveys", surveys_index):
                    surveys_item = decode.model(ProjectsSurvey.from_dict, surveys_item_data)

                surveys.append(surveys_item)
        else:
            surveys = decode.mismatch("an array", _surveys, "surveys")

        _scripts = d.pop("scripts", decode.MISSING)
        scripts: list[ProjectsScript]
        if isinstance(_scripts, list):
            scripts = []
            for scripts_index, scripts_item_data in enumerate(_scripts):
                with decode.at("scripts", scripts_index):
                    scripts_item = decode.model(ProjectsScript.from_dict, scripts_item_data)

                scripts.append(scripts_item)
        else:
            scripts = decode.mismatch("an array", _scripts, "scripts")

        _imports = d.pop("imports", decode.MISSING)
        imports: list[ProjectsImportOrExport]
        if isinstance(_imports, list):
            imports = []
            for imports_index, imports_item_data in enumerate(_imports):
                with decode.at("imports", imports_index):
                    imports_item = decode.model(ProjectsImportOrExport.from_dict, imports_item_data)

                imports.append(imports_item)
        else:
            imports = decode.mismatch("an array", _imports, "imports")

        _exports = d.pop("exports", decode.MISSING)
        exports: list[ProjectsImportOrExport]
        if isinstance(_exports, list):
            exports = []
            for exports_index, exports_item_data in enumerate(_exports):
                with decode.at("exports", exports_index):
                    exports_item = decode.model(ProjectsImportOrExport.from_dict, exports_item_data)

                exports.append(exports_item)
        else:
            exports = decode.mismatch("an array", _exports, "exports")

        _models = d.pop("models", decode.MISSING)
        models: list[ProjectsModel]
        if isinstance(_models, list):
            models = []
            for models_index, models_item_data in enumerate(_models):
                with decode.at("models", models_index):
                    models_item = decode.model(ProjectsModel.from_dict, models_item_data)

                models.append(models_item)
        else:
            models = decode.mismatch("an array", _models, "models")

        _notebooks = d.pop("notebooks", decode.MISSING)
        notebooks: list[ProjectsNotebook]
        if isinstance(_notebooks, list):
            notebooks = []
            for notebooks_index, notebooks_item_data in enumerate(_notebooks):
                with decode.at("notebooks", notebooks_index):
                    notebooks_item = decode.model(ProjectsNotebook.from_dict, notebooks_item_data)

                notebooks.append(notebooks_item)
        else:
            notebooks = decode.mismatch("an array", _notebooks, "notebooks")

        _services = d.pop("services", decode.MISSING)
        services: list[ProjectsService]
        if isinstance(_services, list):
            services = []
            for services_index, services_item_data in enumerate(_services):
                with decode.at("services", services_index):
                    services_item = decode.model(ProjectsService.from_dict, services_item_data)

                services.append(services_item)
        else:
            services = decode.mismatch("an array", _services, "services")

        _workflows = d.pop("workflows", decode.MISSING)
        workflows: list[ProjectsWorkflow]
        if isinstance(_workflows, list):
            workflows = []
            for workflows_index, workflows_item_data in enumerate(_workflows):
                with decode.at("workflows", workflows_index):
                    workflows_item = decode.model(ProjectsWorkflow.from_dict, workflows_item_data)

                workflows.append(workflows_item)
        else:
            workflows = decode.mismatch("an array", _workflows, "workflows")

        _reports = d.pop("reports", decode.MISSING)
        reports: list[ProjectsReport]
        if isinstance(_reports, list):
            reports = []
            for reports_index, reports_item_data in enumerate(_reports):
                with decode.at("reports", reports_index):
                    reports_item = decode.model(ProjectsReport.from_dict, reports_item_data)

                reports.append(reports_item)
        else:
            reports = decode.mismatch("an array", _reports, "reports")

        _script_templates = d.pop("scriptTemplates", decode.MISSING)
        script_templates: list[ProjectsTemplate]
        if isinstance(_script_templates, list):
            script_templates = []
            for script_templates_index, script_templates_item_data in enumerate(_script_templates):
                with decode.at("scriptTemplates", script_templates_index):
                    script_templates_item = decode.model(ProjectsTemplate.from_dict, script_templates_item_data)

                script_templates.append(script_templates_item)
        else:
            script_templates = decode.mismatch("an array", _script_templates, "scriptTemplates")

        _files = d.pop("files", decode.MISSING)
        files: list[ProjectsFile]
        if isinstance(_files, list):
            files = []
            for files_index, files_item_data in enumerate(_files):
                with decode.at("files", files_index):
                    files_item = decode.model(ProjectsFile.from_dict, files_item_data)

                files.append(files_item)
        else:
            files = decode.mismatch("an array", _files, "files")

        _enhancements = d.pop("enhancements", decode.MISSING)
        enhancements: list[ProjectsEnhancement]
        if isinstance(_enhancements, list):
            enhancements = []
            for enhancements_index, enhancements_item_data in enumerate(_enhancements):
                with decode.at("enhancements", enhancements_index):
                    enhancements_item = decode.model(ProjectsEnhancement.from_dict, enhancements_item_data)

                enhancements.append(enhancements_item)
        else:
            enhancements = decode.mismatch("an array", _enhancements, "enhancements")

        _projects = d.pop("projects", decode.MISSING)
        projects: list[ProjectsSubProject]
        if isinstance(_projects, list):
            projects = []
            for projects_index, projects_item_data in enumerate(_projects):
                with decode.at("projects", projects_index):
                    projects_item = decode.model(ProjectsSubProject.from_dict, projects_item_data)

                projects.append(projects_item)
        else:
            projects = decode.mismatch("an array", _projects, "projects")

        _all_objects = d.pop("allObjects", decode.MISSING)
        all_objects: list[ProjectsProjectObject]
        if isinstance(_all_objects, list):
            all_objects = []
            for all_objects_index, all_objects_item_data in enumerate(_all_objects):
                with decode.at("allObjects", all_objects_index):
                    all_objects_item = decode.model(ProjectsProjectObject.from_dict, all_objects_item_data)

                all_objects.append(all_objects_item)
        else:
            all_objects = decode.mismatch("an array", _all_objects, "allObjects")

        note = decode.expect(d.pop("note", decode.MISSING), str, "note")

        can_current_user_enable_auto_share = decode.expect(
            d.pop("canCurrentUserEnableAutoShare", decode.MISSING), bool, "canCurrentUserEnableAutoShare"
        )

        hidden = decode.expect(d.pop("hidden", decode.MISSING), bool, "hidden")

        archived = decode.expect(d.pop("archived", decode.MISSING), str, "archived")

        parent_project = decode.model(
            ProjectsParentProject.from_dict, d.pop("parentProject", decode.MISSING), "parentProject"
        )

        my_permission_level = decode.expect(d.pop("myPermissionLevel", decode.MISSING), str, "myPermissionLevel")

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
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
