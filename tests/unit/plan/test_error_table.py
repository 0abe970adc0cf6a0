"""generator/plan/error_table.py reads the one status -> error table the runtime keeps."""

from __future__ import annotations

from generator.plan.error_table import error_class, error_rows, status_error_names
from generator.runtime import errors


def test_names_come_from_the_runtime_table() -> None:
    for status, cls in errors.STATUS_ERRORS.items():
        assert error_class(status) == cls.__name__
        assert errors.error_class_for_status(status) is cls
    assert error_class(503) == errors.SERVER_ERROR.__name__ == "InternalServerError"
    assert error_class(418) == "ApiError"


def test_rows_and_exported_names_cover_every_class() -> None:
    assert error_rows()[0] == ("BadRequestError", 400)
    assert error_rows()[-1] == ("InternalServerError", "5xx")
    assert status_error_names() == [name for name, _ in error_rows()]
    assert len(set(status_error_names())) == len(errors.STATUS_ERRORS) + 1
