"""HTML character references, link targets and tag attributes, read the way Telegram reads them."""

from __future__ import annotations

import re

_NAMED = re.compile(r"&(lt|gt|amp|quot);")
_NAMED_VALUES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_NUMERIC = re.compile(r"&#(?:([0-9]+)|[xX]([0-9A-Fa-f]+));")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_BARE_HOST = re.compile(r"^[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}(:\d+)?([/?#].*)?$")
LINK_SCHEMES = ("http", "https", "ftp", "tg", "ton", "tonsite")


def decode_entity(text: str, index: int) -> tuple[str | None, int]:
    """Decode the HTML entity at `index` if it is one Telegram knows; return (char or None, end)."""
    named = _NAMED.match(text, index)
    if named:
        return _NAMED_VALUES[named.group(1)], named.end()
    numeric = _NUMERIC.match(text, index)
    if numeric:
        code = int(numeric.group(1), 10) if numeric.group(1) else int(numeric.group(2), 16)
        if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
            return chr(code), numeric.end()
    return None, index


def normalize_link(url: str) -> str | None:
    """Return the URL an <a href> links to, or None when Telegram would drop the link."""
    url = url.strip()
    scheme = _SCHEME.match(url)
    if scheme:
        return url if scheme.group(1).lower() in LINK_SCHEMES else None
    return "http://" + url if _BARE_HOST.match(url) else None


def decode_entities(text: str) -> str:
    """Decode every known entity in an attribute value; unknown ones stay as written."""
    out, i = [], 0
    while (amp := text.find("&", i)) >= 0:
        char, end = decode_entity(text, amp)
        out.append(text[i:amp] + (char if char is not None else "&"))
        i = end if char is not None else amp + 1
    return "".join(out) + text[i:]


def tag_argument(tag: str, name: str, value: str, current: str) -> str:
    """Keep the one attribute each tag cares about; others are ignored as Telegram does."""
    if tag == "a" and name == "href":
        return value
    if tag == "code" and name == "class" and value.startswith("language-"):
        return value[len("language-") :]
    if tag == "span" and name == "class" and value.startswith("tg-"):
        return value[len("tg-") :]
    if tag == "tg-emoji" and name == "emoji-id":
        return value
    return current
