"""The questionnaire a fresh install starts with: the seed's three stages and "buying again?"."""

from __future__ import annotations

from .questions import Kind, Option, Question

DEPARTMENTS = {
    "sales": ("Отдел продаж", "Sales"),
    "logistics": ("Логистика", "Logistics"),
    "quality": ("Контроль качества", "Quality control"),
}

DEFAULT_SCRIPT = (
    Question(
        "sales",
        Kind.SCALE5,
        "Как вы оцениваете работу отдела продаж: консультацию, счёт, договорённости?",
        "How would you rate our sales team: advice, invoicing, what was agreed?",
        follow_up=True,
    ),
    Question(
        "logistics",
        Kind.SCALE5,
        "Как прошла доставка: сроки, водитель, разгрузка?",
        "How did the delivery go: timing, driver, unloading?",
        follow_up=True,
    ),
    Question(
        "quality",
        Kind.SCALE5,
        "Довольны ли вы качеством товара и комплектностью?",
        "Are you happy with the quality and completeness of the goods?",
        follow_up=True,
    ),
    Question(
        "sales",
        Kind.CHOICE,
        "Планируете ли вы новую закупку в ближайшее время?",
        "Do you plan to buy from us again soon?",
        options=(
            Option("yes", "Да", "Yes", lead=True),
            Option("no", "Нет", "No"),
            Option("unsure", "Пока не знаю", "Not sure yet"),
        ),
    ),
)
