"""Bot API parameters, read the ways Telegram accepts them (query, form, multipart, JSON) and coerced."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request

from .errors import bad_request

JSON_FIELDS = {
    "reply_markup",
    "entities",
    "caption_entities",
    "reply_parameters",
    "link_preview_options",
    "allowed_updates",
    "commands",
    "scope",
}
INT_FIELDS = {
    "chat_id",
    "message_id",
    "message_thread_id",
    "reply_to_message_id",
    "offset",
    "limit",
    "timeout",
    "user_id",
    "cache_time",
    "max_connections",
}
_TRUE = {"true", "1", "yes", "on"}


@dataclass
class Upload:
    """A file that came as a multipart part."""

    filename: str
    content_type: str
    data: bytes


class Params:
    """One request's parameters with typed getters that fail the way Telegram does."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def has(self, name: str) -> bool:
        """Return True if the parameter was given (and not empty)."""
        return self.values.get(name) not in (None, "")

    def str(self, name: str) -> str | None:
        """Return a string parameter (numbers are accepted as their text)."""
        value = self.values.get(name)
        if value is None or isinstance(value, Upload):
            return None
        return (
            value
            if isinstance(value, str)
            else json.dumps(value)
            if isinstance(value, (dict, list))
            else str(value)
        )

    def int(self, name: str, required: str | None = None) -> int | None:
        """Return an integer parameter; `required` is the error text when it is missing."""
        value = self.values.get(name)
        if value in (None, ""):
            if required:
                raise bad_request(required)
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad_request(f'field "{name}" must be of type Integer') from None

    def bool(self, name: str) -> bool:
        """Return a boolean parameter (false when absent)."""
        value = self.values.get(name)
        return value if isinstance(value, bool) else str(value).lower() in _TRUE

    def json(self, name: str) -> Any:
        """Return a JSON-serialized parameter decoded (form fields carry JSON as text)."""
        value = self.values.get(name)
        if isinstance(value, str):
            if not value:
                return None
            try:
                return json.loads(value)
            except ValueError:
                raise bad_request(f"can't parse {name} JSON object") from None
        return value

    def chat_id(self) -> Any:
        """Return chat_id as an int when it is one (else as given); 400 if missing."""
        value = self.values.get("chat_id")
        if value in (None, ""):
            raise bad_request("chat_id is empty")
        try:
            return int(value)
        except (TypeError, ValueError):
            return str(value)

    def file(self, name: str) -> Upload | str | None:
        """Return an uploaded file, or the file_id/URL string given instead."""
        value = self.values.get(name)
        if isinstance(value, str) and value.startswith("attach://"):
            value = self.values.get(value[len("attach://") :])
        return value if isinstance(value, (Upload, str)) else None

    def logged(self) -> dict[str, Any]:
        """Return the parameters decoded for the call log; file bytes become {filename, size}."""
        out: dict[str, Any] = {}
        for name, value in self.values.items():
            if isinstance(value, Upload):
                out[name] = {"filename": value.filename, "size": len(value.data)}
            elif name in JSON_FIELDS and isinstance(value, str):
                try:
                    out[name] = json.loads(value)
                except ValueError:
                    out[name] = value
            elif name in INT_FIELDS and isinstance(value, str) and value.lstrip("-").isdigit():
                out[name] = int(value)
            else:
                out[name] = value
        return out


async def read_params(request: Request) -> Params:
    """Collect the parameters of a Bot API request from its query string and body."""
    values: dict[str, Any] = dict(request.query_params)
    if request.method != "POST":
        return Params(values)
    content_type = request.headers.get("content-type", "").lower()
    if "application/json" in content_type:
        body = await request.body()
        if body.strip():
            try:
                data = json.loads(body)
            except ValueError:
                raise bad_request("can't parse JSON object") from None
            if not isinstance(data, dict):
                raise bad_request("can't parse JSON object")
            values.update(data)
    elif "form" in content_type:
        try:
            form = await request.form(max_part_size=64 * 1024 * 1024)
        except (HTTPException, MultiPartException):
            raise bad_request("can't parse request body") from None
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                data = await value.read()
                values[name] = Upload(
                    value.filename or name, value.content_type or "application/octet-stream", data
                )
            else:
                values[name] = value
    return Params(values)
