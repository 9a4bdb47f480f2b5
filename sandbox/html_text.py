"""Telegram-HTML to plain text + entities, failing with the parse errors Telegram gives."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .entities import Entity, sort_entities, utf16_len
from .html_refs import decode_entities, decode_entity, normalize_link, tag_argument

SIMPLE = {  # tag → the entity it makes, for tags with no attributes to read
    **dict.fromkeys(("b", "strong"), "bold"),
    **dict.fromkeys(("i", "em"), "italic"),
    **dict.fromkeys(("u", "ins"), "underline"),
    **dict.fromkeys(("s", "strike", "del"), "strikethrough"),
    "tg-spoiler": "spoiler",
}
SUPPORTED = set(SIMPLE) | {"a", "code", "pre", "blockquote", "span", "tg-emoji"}
SPACES = " \t\r\n\v\f\0"
_SPECIAL = re.compile(r"[<&]")


class HtmlParseError(ValueError):
    """The text is not valid Telegram HTML; str(err) is what follows "can't parse entities: "."""


@dataclass
class _Open:
    tag: str
    argument: str
    utf16_start: int
    chunk_index: int


def parse_html(source: str) -> tuple[str, list[Entity]]:
    """Return the plain text and entities of a parse_mode=HTML text."""
    return _Parser(source).run()


class _Parser:
    """A single pass over the source, as tdlib's parse_html does it."""

    def __init__(self, source: str) -> None:
        self.src = source
        self.out: list[str] = []
        self.u16 = 0
        self.stack: list[_Open] = []
        self.entities: list[Entity] = []

    def ch(self, index: int) -> str:
        """Return the character at `index`, or NUL past the end (tdlib reads a C string)."""
        return self.src[index] if index < len(self.src) else "\0"

    def fail(self, message: str, index: int | None = None) -> HtmlParseError:
        """Build a parse error; `index` is reported as a UTF-8 byte offset, as Telegram does."""
        if index is not None:
            message += f" at byte offset {len(self.src[:index].encode('utf-8'))}"
        return HtmlParseError(message)

    def emit(self, text: str) -> None:
        """Append plain text to the output."""
        if text:
            self.out.append(text)
            self.u16 += utf16_len(text)

    def run(self) -> tuple[str, list[Entity]]:
        """Parse the whole source."""
        i, size = 0, len(self.src)
        while i < size:
            special = _SPECIAL.search(self.src, i)
            if special is None:
                self.emit(self.src[i:])
                break
            self.emit(self.src[i : special.start()])
            i = special.start()
            if self.src[i] == "&":
                char, end = decode_entity(self.src, i)
                self.emit(char if char is not None else "&")
                i = end if char is not None else i + 1
            elif self.ch(i + 1) == "/":
                i = self.close_tag(i)
            else:
                i = self.open_tag(i)
        if self.stack:
            raise self.fail(f'Can\'t find end tag corresponding to start tag "{self.stack[-1].tag}"')
        for entity in self.entities:
            if entity["type"] == "code":
                entity.pop("language", None)
        return "".join(self.out), sort_entities(self.entities)

    def open_tag(self, begin: int) -> int:
        """Read a start tag with its attributes; return the index after '>'."""
        i = begin + 1
        while self.ch(i) not in SPACES and self.ch(i) != ">":
            i += 1
        if i >= len(self.src):
            raise self.fail("Unclosed start tag", begin)
        tag = self.src[begin + 1 : i].lower()
        if tag not in SUPPORTED:
            raise self.fail(f'Unsupported start tag "{tag}"', begin)
        argument = ""
        while self.ch(i) != ">":
            while i < len(self.src) and self.src[i] in SPACES:
                i += 1
            if i >= len(self.src):
                raise self.fail(f'Unclosed start tag "{tag}"', begin)
            if self.src[i] == ">":
                break
            name_start = i
            while self.ch(i) not in SPACES and self.ch(i) not in "=>":
                i += 1
            name = self.src[name_start:i].lower()
            while i < len(self.src) and self.src[i] in SPACES:
                i += 1
            if self.ch(i) != "=":
                if tag == "blockquote" and name == "expandable":
                    argument = "1"
                    continue
                raise self.fail(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}"', begin
                )
            value, i = self.attribute_value(tag, begin, i + 1)
            argument = tag_argument(tag, name, value, argument)
        if tag == "span" and argument != "spoiler":
            raise self.fail('Tag "span" must have class "tg-spoiler"', begin)
        self.stack.append(_Open(tag, argument, self.u16, len(self.out)))
        return i + 1

    def attribute_value(self, tag: str, begin: int, i: int) -> tuple[str, int]:
        """Read a quoted or bare attribute value starting at `i`; return (value, next index)."""
        while i < len(self.src) and self.src[i] in SPACES:
            i += 1
        if i >= len(self.src):
            raise self.fail(f'Unclosed start tag "{tag}"', begin)
        if self.src[i] in "'\"":
            end = self.src.find(self.src[i], i + 1)
            if end < 0:
                raise self.fail("Unclosed end of attribute value", i)
            raw, i = self.src[i + 1 : end], end + 1
            value = decode_entities(raw)
        else:
            start = i
            while self.ch(i).isascii() and (self.ch(i).isalnum() or self.ch(i) in ".-"):
                i += 1
            value = self.src[start:i].lower()
            if self.ch(i) not in SPACES and self.ch(i) != ">":
                raise self.fail("Unexpected end of name token", start)
        if self.ch(i) not in SPACES and self.ch(i) != ">":
            raise self.fail("Unexpected end of attribute value", i)
        return value, i

    def close_tag(self, begin: int) -> int:
        """Read an end tag and turn the closed element into an entity; return the index after '>'."""
        if not self.stack:
            raise self.fail("Unexpected end tag", begin)
        i = begin + 2
        while self.ch(i) not in SPACES and self.ch(i) != ">":
            i += 1
        name = self.src[begin + 2 : i].lower()
        while i < len(self.src) and self.src[i] in SPACES:
            i += 1
        if self.ch(i) != ">":
            raise self.fail("Unclosed end tag", begin)
        top = self.stack.pop()
        if name and name != top.tag:
            where = len(self.src[:begin].encode("utf-8"))
            raise HtmlParseError(
                f'Unmatched end tag at byte offset {where}, expected "</{top.tag}>", found "</{name}>"'
            )
        self.finish(top)
        return i + 1

    def finish(self, top: _Open) -> None:
        """Record the entity a closed element makes (an empty element makes none)."""
        offset, length = top.utf16_start, self.u16 - top.utf16_start
        if length <= 0:
            return
        extra: dict[str, str] = {}
        if top.tag in SIMPLE or top.tag == "span":
            kind = SIMPLE.get(top.tag, "spoiler")
        elif top.tag == "blockquote":
            kind = "expandable_blockquote" if top.argument else "blockquote"
        elif top.tag == "tg-emoji":
            kind, extra = "custom_emoji", {"custom_emoji_id": top.argument}
        elif top.tag == "a":
            url = normalize_link(top.argument or "".join(self.out[top.chunk_index :]))
            if url is None:
                return
            kind, extra = "text_link", {"url": url}
        elif top.tag == "code":
            kind, extra = "code", ({"language": top.argument} if top.argument else {})
        else:  # pre: a <code class="language-x"> filling it gives the pre its language
            kind, last = "pre", (self.entities[-1] if self.entities else None)
            if last and last["type"] == "code" and (last["offset"], last["length"]) == (offset, length):
                self.entities.pop()
                extra = {"language": last["language"]} if last.get("language") else {}
        self.entities.append({"type": kind, "offset": offset, "length": length, **extra})
