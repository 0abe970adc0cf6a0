from typing import Literal

Domain = Literal["cron", "document", "file", "job", "prompt", "sheet", "space", "workbook"]

DOMAIN_VALUES: set[Domain] = {
    "cron",
    "document",
    "file",
    "job",
    "prompt",
    "sheet",
    "space",
    "workbook",
}


def check_domain(value: str) -> Domain:
    if value in DOMAIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOMAIN_VALUES!r}")
