from typing import Literal, cast

from .._core import _decode as decode

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


def check_file_with_media_links_include(value: object, key: str | int | None = None) -> FileWithMediaLinksInclude | str:
    """`value` as FileWithMediaLinksInclude; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in FILE_WITH_MEDIA_LINKS_INCLUDE_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['creator', 'media_links.efficient', 'media_links.high_quality', 'media_links.original', 'media_links.scrub_sheet', 'media_links.thumbnail', 'media_links.thumbnail_high_quality', 'media_links.video_h264_180', 'metadata', 'project']",
            value,
            key,
        ),
    )
