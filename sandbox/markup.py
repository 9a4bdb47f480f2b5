"""reply_markup as Telegram checks it: inline keyboards, reply keyboards, keyboard removal, force reply."""

from __future__ import annotations

import json
from typing import Any

from .errors import bad_request
from .html_refs import normalize_link

INLINE_ACTIONS = (
    "callback_data",
    "url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "web_app",
    "login_url",
    "pay",
    "callback_game",
    "copy_text",
)
_BAD_JSON = "can't parse reply keyboard markup JSON object"
_BUTTON = "can't parse inline keyboard button: "


def parse_markup(value: Any, inline_only: bool = False) -> dict[str, Any] | None:
    """Return the validated markup (None if absent); raise Telegram's 400 if it is not acceptable."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise bad_request(_BAD_JSON) from None
    if not isinstance(value, dict):
        raise bad_request(_BAD_JSON)
    if "inline_keyboard" in value:
        return {"inline_keyboard": _rows(value["inline_keyboard"], "inline_keyboard", _inline_button)}
    if inline_only:
        raise bad_request("inline keyboard expected")
    if "keyboard" in value:
        markup = {k: v for k, v in value.items() if k != "keyboard"}
        return {"keyboard": _rows(value["keyboard"], "keyboard", _reply_button), **markup}
    if value.get("remove_keyboard") is True or value.get("force_reply") is True:
        return dict(value)
    raise bad_request(_BAD_JSON)


def _rows(rows: Any, field: str, check: Any) -> list[list[dict[str, Any]]]:
    """Validate an Array of Arrays of buttons."""
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(
            f'field "{field}" of the {"Inline" if field.startswith("inline") else "Reply"}'
            "KeyboardMarkup should be an Array of Arrays"
        )
    return [[check(button) for button in row] for row in rows if row]


def _inline_button(button: Any) -> dict[str, Any]:
    """Validate one inline button: text plus exactly one action; callback_data 1-64 bytes."""
    if not isinstance(button, dict):
        raise bad_request(_BUTTON + "InlineKeyboardButton must be an Object")
    if "text" not in button:
        raise bad_request(_BUTTON + 'Can\'t find field "text"')
    if not isinstance(button["text"], str) or not button["text"].strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    actions = [name for name in INLINE_ACTIONS if name in button]
    if not actions:
        raise bad_request(_BUTTON + "Text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:
        # Telegram silently keeps the first; the sandbox refuses so the bug shows
        raise bad_request(
            _BUTTON + f"exactly one of the optional fields must be used, got {', '.join(actions)}"
        )
    data = button.get("callback_data")
    if "callback_data" in button and (not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64):
        raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button and (not isinstance(button["url"], str) or normalize_link(button["url"]) is None):
        raise bad_request("BUTTON_URL_INVALID")
    return dict(button)


def _reply_button(button: Any) -> dict[str, Any]:
    """Validate one reply-keyboard button (a string or an object with text)."""
    if isinstance(button, str):
        button = {"text": button}
    if not isinstance(button, dict) or not isinstance(button.get("text"), str) or not button["text"].strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    return dict(button)


def button_texts(markup: dict[str, Any] | None) -> list[list[str]]:
    """Return the button labels of any keyboard, row by row."""
    if not markup:
        return []
    rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
    return [[button["text"] for button in row] for row in rows]
