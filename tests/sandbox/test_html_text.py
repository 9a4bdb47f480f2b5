"""The Telegram-HTML parser on its own: entities in UTF-16 units, errors at UTF-8 byte offsets."""

from __future__ import annotations

import pytest

from sandbox.entities import detect_entities, utf16_len
from sandbox.html_text import HtmlParseError, parse_html


@pytest.mark.parametrize(
    "html, kind",
    [
        ("<b>x</b>", "bold"),
        ("<strong>x</strong>", "bold"),
        ("<i>x</i>", "italic"),
        ("<em>x</em>", "italic"),
        ("<u>x</u>", "underline"),
        ("<ins>x</ins>", "underline"),
        ("<s>x</s>", "strikethrough"),
        ("<strike>x</strike>", "strikethrough"),
        ("<del>x</del>", "strikethrough"),
        ("<code>x</code>", "code"),
        ("<pre>x</pre>", "pre"),
        ("<blockquote>x</blockquote>", "blockquote"),
        ("<tg-spoiler>x</tg-spoiler>", "spoiler"),
        ('<span class="tg-spoiler">x</span>', "spoiler"),
        ("<blockquote expandable>x</blockquote>", "expandable_blockquote"),
        ("<B>x</B>", "bold"),
    ],
)
def test_each_supported_tag_makes_its_entity(html: str, kind: str) -> None:
    assert parse_html(html) == ("x", [{"type": kind, "offset": 0, "length": 1}])


def test_links_code_languages_and_nesting() -> None:
    text, entities = parse_html(
        '<a href="https://x.ru/?a=1&amp;b=2">сайт</a> <pre><code class="language-python">'
        "print(1)</code></pre> <b>a<i>b</i></b>"
    )
    assert text == "сайт print(1) ab"
    assert entities == [
        {"type": "text_link", "offset": 0, "length": 4, "url": "https://x.ru/?a=1&b=2"},
        {"type": "pre", "offset": 5, "length": 8, "language": "python"},
        {"type": "bold", "offset": 14, "length": 2},
        {"type": "italic", "offset": 15, "length": 1},
    ]


def test_offsets_count_utf16_units() -> None:
    text, entities = parse_html("😀 <b>да</b>")
    assert utf16_len(text[:2]) == 3 and entities == [{"type": "bold", "offset": 3, "length": 2}]


def test_known_entities_are_decoded_and_unknown_ampersands_kept() -> None:
    assert parse_html("&lt;&gt;&amp;&quot;&#1046;&#x416; &nbsp; AT&T")[0] == '<>&"ЖЖ &nbsp; AT&T'


def test_empty_elements_and_unsafe_links_make_no_entity() -> None:
    assert parse_html("<b></b>x") == ("x", [])
    assert parse_html('<a href="javascript:alert(1)">x</a>') == ("x", [])


@pytest.mark.parametrize(
    "html, error",
    [
        ("<x>", 'Unsupported start tag "x" at byte offset 0'),
        ("Привет <br>", 'Unsupported start tag "br" at byte offset 13'),  # 6 Cyrillic letters = 12 bytes
        ("a <", "Unclosed start tag at byte offset 2"),
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("</b>", "Unexpected end tag at byte offset 0"),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ('<a href="x>y</a>', "Unclosed end of attribute value at byte offset 8"),
        (
            "<a href>x</a>",
            'Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0',
        ),
    ],
)
def test_errors_read_like_telegrams(html: str, error: str) -> None:
    with pytest.raises(HtmlParseError) as failed:
        parse_html(html)
    assert str(failed.value) == error


def test_commands_mentions_and_urls_are_found_in_plain_text() -> None:
    found = detect_entities("/start@tzk_bot hi @olga_logistics see https://x.ru/a.", [])
    assert [(e["type"], e["offset"], e["length"]) for e in found] == [
        ("bot_command", 0, 14),
        ("mention", 18, 15),
        ("url", 38, 14),
    ]
    assert detect_entities("a/b email@host.ru", []) == []
