"""The questionnaire editor's buttons: `e1:<version>:<action>[:<arg>]`, parsed as untrusted.

The version is the script version the button was drawn for: a tap on a button of an older
version never changes the newer one (another admin may have reordered the questions)."""

from __future__ import annotations

import re
from dataclasses import dataclass

PREFIX = "e1"
PATTERN = rf"^{PREFIX}:"
_FORM = re.compile(rf"^{PREFIX}:(\d{{1,6}}):([a-z]{{1,8}})(?::([a-z0-9_]{{1,40}}))?$")


@dataclass(frozen=True)
class EditorTap:
    version: int
    action: str
    arg: str | None = None

    def encode(self) -> str:
        data = f"{PREFIX}:{self.version}:{self.action}" + (f":{self.arg}" if self.arg else "")
        if not _FORM.match(data) or len(data.encode()) > 64:
            raise ValueError(f"not valid editor callback data: {data!r}")
        return data

    def index(self) -> int | None:
        """The argument as a question position (0-based), if it is one."""
        return int(self.arg) if self.arg and self.arg.isdigit() and len(self.arg) <= 2 else None


def decode(data: str | None) -> EditorTap | None:
    match = _FORM.match(data or "")
    if not match:
        return None
    version, action, arg = match.groups()
    return EditorTap(int(version), action, arg)
