"""What the staff read in reports, charts, exports and the weekly digest."""

from __future__ import annotations

_PERIODS_RU = ("Период: 7d или 30d (последние дни, по умолчанию 30d), месяц 2026-11, "
               "даты 2026-11-01..2026-11-15")
_PERIODS_EN = ("Period: 7d or 30d (the last days, 30d by default), a month 2026-11, "
               "dates 2026-11-01..2026-11-15")

TEXTS: dict[str, tuple[str, str]] = {
    "report_usage": (f"Отчёт по оценкам: /report [период]\n{_PERIODS_RU}\nПример: /report 7d",
                     f"Scores report: /report [period]\n{_PERIODS_EN}\nExample: /report 7d"),
    "export_usage": (f"Ответы в CSV и XLSX: /export [период]\n{_PERIODS_RU}\nПример: /export 2026-11",
                     f"Answers as CSV and XLSX: /export [period]\n{_PERIODS_EN}\n"
                     "Example: /export 2026-11"),
    "period_bad": ("Не понял период «{text}».", "I could not read the period “{text}”."),
    # the report (feedback.report_text.Words)
    "report_w_title": ("Отчёт за {period}", "Report for {period}"),
    "digest_w_title": ("Сводка за неделю {period}", "Weekly digest {period}"),
    "report_w_compared": ("Стрелки — изменение к {period}", "Arrows: change since {period}"),
    "report_w_overall": ("Всего", "Overall"),
    "report_w_departments": ("По отделам", "By department"),
    "report_w_managers": ("По менеджерам", "By manager"),
    "report_w_no_data": ("нет данных", "no data"),
    "report_w_sent": ("Отправлено", "Sent"),
    "report_w_answered": ("ответили", "answered"),
    "report_w_average": ("Средняя", "Average"),
    "report_w_low": ("Низких", "Low"),
    "report_w_alerts": ("Сигналов", "Alerts"),
    "report_w_open": ("открыто", "open"),
    "report_w_resolved": ("решено", "resolved"),
    "report_w_median": ("Медиана", "Median"),
    "report_w_took": ("взяли за", "taken in"),
    "report_w_solved": ("решили за", "resolved in"),
    "report_w_points": ("п.п.", "pp"),
    "report_w_minutes": ("мин", "min"),
    "report_w_hours": ("ч", "h"),
    "report_w_days": ("д", "d"),
    "report_w_decimal": (",", "."),
    "report_w_legend": (
        "Средняя — по шкале 1–5. CSAT — доля оценок 4–5. Низкие — оценки, о которых пишем "
        "руководителю. NPS — % оценок 9–10 минус % оценок 0–6. Медиана — от сигнала до «взято» "
        "и до «решено».",
        "Average: on the 1–5 scale. CSAT: the share of 4s and 5s. Low: the scores that ping "
        "the head. NPS: % of 9–10 minus % of 0–6. Median: from the alert to taken and to "
        "resolved."),
    "report_no_manager": ("Без менеджера", "No manager"),
    # the chart
    "chart_average": ("Средняя оценка по неделям (1–5)", "Weekly average score (1–5)"),
    "chart_csat": ("CSAT по неделям, % оценок 4–5", "Weekly CSAT, % of 4s and 5s"),
    "chart_distribution": ("Оценки за {period}", "Scores for {period}"),
    "chart_week": ("Неделя с", "Week from"),
    "chart_score": ("Оценка", "Score"),
    "chart_count": ("Ответов", "Answers"),
    "chart_caption": ("Динамика за 12 недель и оценки за {period}",
                      "The last 12 weeks, and the scores for {period}"),
    # exports
    "export_date": ("Дата", "Date"),
    "export_client": ("Клиент", "Client"),
    "export_client_id": ("Код клиента", "Client ID"),
    "export_delivery": ("Поставка", "Delivery"),
    "export_manager": ("Менеджер", "Manager"),
    "export_department": ("Отдел", "Department"),
    "export_question": ("Вопрос", "Question"),
    "export_value": ("Оценка / ответ", "Score / answer"),
    "export_comment": ("Комментарий", "Comment"),
    "export_version": ("Версия анкеты", "Script version"),
    "export_caption": ("Ответы за {period}: {count}", "Answers for {period}: {count}"),
    "export_empty": ("За {period} ответов нет.", "There are no answers for {period}."),
    "export_too_many": ("За {period} ответов {count}, а в файл помещается до {limit}. "
                        "Выберите период короче.",
                        "There are {count} answers for {period}; a file holds up to {limit}. "
                        "Please choose a shorter period."),
}
