from typing import Literal

FileWithMediaLinksInclude = Literal[
    "creator",
    "media_links.efficient",
    "media_links.high_quality",
    "media_links.original",
    "media_links.scrub_sheet",
    "media_links.thumbnail",
    "media_links.thumbnail_high_quality",
    "media_links.video_h264_180",
    "metadata",
    "project",
]

FILE_WITH_MEDIA_LINKS_INCLUDE_VALUES: set[FileWithMediaLinksInclude] = {
    "creator",
    "media_links.efficient",
    "media_links.high_quality",
    "media_links.original",
    "media_links.scrub_sheet",
    "media_links.thumbnail",
    "media_links.thumbnail_high_quality",
    "media_links.video_h264_180",
    "metadata",
    "project",
}


def check_file_with_media_links_include(value: str) -> FileWithMediaLinksInclude:
    if value in FILE_WITH_MEDIA_LINKS_INCLUDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILE_WITH_MEDIA_LINKS_INCLUDE_VALUES!r}")
