from typing import Literal, cast

from .._core import _decode as decode

WebhookEventsItem = Literal[
    "collection.created",
    "collection.deleted",
    "collection.updated",
    "comment.completed",
    "comment.created",
    "comment.deleted",
    "comment.uncompleted",
    "comment.updated",
    "customfield.created",
    "customfield.deleted",
    "customfield.updated",
    "file.copied",
    "file.created",
    "file.deleted",
    "file.ready",
    "file.updated",
    "file.upload.completed",
    "file.versioned",
    "folder.copied",
    "folder.created",
    "folder.deleted",
    "folder.updated",
    "metadata.value.updated",
    "project.created",
    "project.deleted",
    "project.updated",
    "share.created",
    "share.deleted",
    "share.updated",
    "share.viewed",
]

WEBHOOK_EVENTS_ITEM_VALUES: set[WebhookEventsItem] = {
    "collection.created",
    "collection.deleted",
    "collection.updated",
    "comment.completed",
    "comment.created",
    "comment.deleted",
    "comment.uncompleted",
    "comment.updated",
    "customfield.created",
    "customfield.deleted",
    "customfield.updated",
    "file.copied",
    "file.created",
    "file.deleted",
    "file.ready",
    "file.updated",
    "file.upload.completed",
    "file.versioned",
    "folder.copied",
    "folder.created",
    "folder.deleted",
    "folder.updated",
    "metadata.value.updated",
    "project.created",
    "project.deleted",
    "project.updated",
    "share.created",
    "share.deleted",
    "share.updated",
    "share.viewed",
}


def check_webhook_events_item(value: object, key: str | int | None = None) -> WebhookEventsItem | str:
    """`value` as WebhookEventsItem; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in WEBHOOK_EVENTS_ITEM_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['collection.created', 'collection.deleted', 'collection.updated', 'comment.completed', 'comment.created', 'comment.deleted', 'comment.uncompleted', 'comment.updated', 'customfield.created', 'customfield.deleted', 'customfield.updated', 'file.copied', 'file.created', 'file.deleted', 'file.ready', 'file.updated', 'file.upload.completed', 'file.versioned', 'folder.copied', 'folder.created', 'folder.deleted', 'folder.updated', 'metadata.value.updated', 'project.created', 'project.deleted', 'project.updated', 'share.created', 'share.deleted', 'share.updated', 'share.viewed']",
            value,
            key,
        ),
    )
