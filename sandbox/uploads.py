"""Files in a world: every upload kept under a file_id, and a person sending the bot a document."""

from __future__ import annotations

import mimetypes
import secrets

from .errors import invalid
from .models import Chat, Message, StoredFile, User
from .people import user_sends
from .world import BotWorld


def user_sends_document(
    world: BotWorld,
    user: User,
    chat: Chat,
    filename: str,
    data: bytes,
    mime_type: str | None = None,
    caption: str | None = None,
) -> Message:
    """Send a file as a document (the paperclip in the app), with an optional caption."""
    if not data:
        raise invalid("the app does not send empty files")
    if not filename or len(filename) > 255 or "/" in filename:
        raise invalid("filename must be 1-255 characters without /")
    kept = keep_file(world, "document", filename, data,
                     mime_type or mimetypes.guess_type(filename)[0] or "application/octet-stream")
    return user_sends(world, user, chat, caption, file=kept)


def keep_file(world: BotWorld, kind: str, filename: str, data: bytes, mime_type: str) -> StoredFile:
    """Store a file's bytes under a new file_id, as Telegram does for every upload."""
    number = len(world.files) + 1
    stored = StoredFile(file_id=f"sbx-{kind}-{number}-{secrets.token_hex(6)}",
                        unique_id=f"sbxu{world.bot.id}{number}", kind=kind, filename=filename,
                        mime_type=mime_type, data=data)
    world.files[stored.file_id] = stored
    return stored
