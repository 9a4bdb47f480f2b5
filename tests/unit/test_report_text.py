"""The report as a phone reads it: numbers in the reader's way, arrows, blocks, message limits."""

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.report_build import words
from feedback.periods import parse_period
from feedback.report_figures import Row, Tally
from feedback.report_text import Report, block, duration, number, pack, render, utf16_length

RU, EN = words("ru"), words("en")
NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def test_numbers_in_russian_and_english():
    assert number(4.3, RU, places=1) == "4,3" and number(4, RU, places=1) == "4,0"
    assert number(3.5, RU, places=1) == "3,5" and number(3.5, EN, places=1) == "3.5"
    assert number(-17, RU) == "−17" and number(33, RU, signed=True) == "+33"
    assert number(0, RU, signed=True) == "0"


def test_durations_keep_the_two_largest_units():
    assert [duration(m, RU) for m in (0, 35, 60, 130, 1440, 1619, 2 * 1440 + 59)] == \
        ["0 мин", "35 мин", "1 ч", "2 ч 10 мин", "1 д", "1 д 2 ч", "2 д"]
    assert duration(130, EN) == "2 h 10 min"


def test_a_block_shows_each_figure_with_its_move():
    row = Row.of("Логистика", Tally(sent=5, answered=3, scored=3, score_sum=10, satisfied=1, low=2,
                                     alerts=2, alerts_open=1, alerts_resolved=1, take_seconds=3600,
                                     resolve_seconds=7200),
                 Tally(sent=3, answered=2, scored=2, score_sum=5, satisfied=1, low=1, alerts=1,
                       alerts_resolved=1, take_seconds=1200, resolve_seconds=3600))
    assert block(row, RU) == (
        "<b>Логистика</b>\n"
        "📨 Отправлено 5 ↑2 · ответили 3 ↑1 (60% ↓7 п.п.)\n"
        "⭐ Средняя 3,3 ↑0,8 · CSAT 33% ↓17 п.п.\n"
        "🔻 Низких 2 ↑1\n"
        "🚨 Сигналов 2 ↑1: открыто 1 ↑1, решено 1 =\n"
        "⏱ Медиана: взяли за 1 ч ↑40 мин, решили за 2 ч ↑1 ч")


def test_nps_shows_only_where_there_were_nps_answers_and_alerts_only_where_there_were_alerts():
    quiet = Row.of("Качество", Tally(sent=2, answered=1, scored=1, score_sum=5, satisfied=1), Tally())
    assert block(quiet, EN, html=False) == (
        "Качество\n📨 Sent 2 ↑2 · answered 1 ↑1 (50%)\n⭐ Average 5.0 · CSAT 100%\n🔻 Low 0 =")
    scored = Row.of("Продажи", Tally(sent=1, nps_answers=2, promoters=0, detractors=1), None)
    assert "NPS −50" in block(scored, RU)


def test_a_group_without_anything_in_either_period_says_no_data():
    assert block(Row.of("Анна", Tally(), Tally()), RU) == "<b>Анна</b>: нет данных"
    dropped = block(Row.of("Анна", Tally(), Tally(sent=4)), RU)
    assert "Отправлено 0 ↓4" in dropped


def test_names_are_escaped_in_html_and_left_alone_in_plain_text():
    row = Row.of("<Иванов & сын>", Tally(sent=1), None)
    assert block(row, RU).startswith("<b>&lt;Иванов &amp; сын&gt;</b>")
    assert block(row, RU, html=False).startswith("<Иванов & сын>\n")


def _report(managers):
    period = parse_period("7d", NOW, ZoneInfo("Europe/Moscow"))
    overall = Row.of("Всего", Tally(sent=1), Tally())
    rows = [Row.of(f"Менеджер {n:03}", Tally(sent=n + 1, answered=n, scored=n, score_sum=4 * n,
                                             satisfied=n, alerts=1, alerts_open=1), Tally(sent=n))
            for n in range(managers)]
    return Report(period, period.previous(), overall, [], rows)


def test_a_long_report_is_cut_between_blocks_into_messages_telegram_takes():
    messages = render(_report(120), RU)
    assert len(messages) > 1
    assert all(utf16_length(m) <= 4096 for m in messages)
    assert messages[0].startswith("📊 <b>Отчёт за 27.11–04.12.2026</b>")
    joined = "\n\n".join(messages)
    assert joined.count("<b>Менеджер") == 120 and joined.endswith("</i>")
    assert all(not m.startswith(("📨", "⭐", "\n")) for m in messages)  # blocks never split


def test_the_managers_section_is_titled_once_and_missing_sections_are_left_out():
    text = "\n\n".join(render(_report(2), RU))
    assert text.count("— <b>По менеджерам</b> —") == 1 and "По отделам" not in text


def test_pack_counts_utf16_units_as_telegram_does():
    emoji = "📊" * 1500  # 3000 UTF-16 units, 1500 characters
    assert pack([emoji, emoji], 4096) == [emoji, emoji]
    assert pack(["a", "b", "c"], 4) == ["a\n\nb", "c"]
    assert pack([], 10) == []


def test_words_come_in_both_languages():
    assert (RU.points, EN.points, RU.decimal, EN.decimal) == ("п.п.", "pp", ",", ".")
    assert replace(RU, title="{period}").title.format(period="x") == "x"
    assert "{period}" in words("ru", "digest_w_title").title
