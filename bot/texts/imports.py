"""What an admin reads when importing a delivery file (in chat and from `tzk import`)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "import_how": (
        "Пришлите мне файл CSV или XLSX с поставками — я запишу их и запланирую опросы.\n"
        "Первая строка — заголовки. Обязательные столбцы: {required}.\n"
        "Необязательные: {optional}.\n"
        "Файл до {limit}; CSV в UTF-8 или Windows-1251, разделитель «;» или «,».\n"
        "Повторный импорт того же файла ничего не задвоит.",
        "Send me a CSV or XLSX file of deliveries: I will record them and plan the surveys.\n"
        "The first row holds the headers. Required columns: {required}.\n"
        "Optional: {optional}.\n"
        "Files up to {limit}; CSV in UTF-8 or Windows-1251, separated by “;” or “,”.\n"
        "Importing the same file again records nothing twice.",
    ),
    "import_reading": ("Читаю файл «{name}»…", "Reading “{name}”…"),
    "import_progress": ("Импорт «{name}»: {done} из {total}…", "Importing “{name}”: {done} of {total}…"),
    "import_too_big": ("Файл слишком большой ({size}); можно до {limit}. Разбейте его на части.",
                       "The file is too big ({size}); the limit is {limit}. Split it into parts."),
    "import_download_failed": ("Не удалось получить файл от Telegram. Пришлите его ещё раз.",
                               "Could not get the file from Telegram. Please send it again."),
    "import_summary": (
        "Готово: новых поставок — {created}, уже были записаны — {known}, с ошибками — {refused}.",
        "Done: new deliveries — {created}, already recorded — {known}, with errors — {refused}.",
    ),
    "import_ignored": ("Пропущены столбцы, которых я не знаю: {columns}",
                       "Columns I do not know were skipped: {columns}"),
    "import_row_label": ("Строка", "Row"),
    "import_created": ("записана ({id})", "recorded ({id})"),
    "import_known": ("уже была записана ({id})", "already recorded ({id})"),
    "size_mb": ("{size} МБ", "{size} MB"),
    "size_kb": ("{size} КБ", "{size} KB"),
    "import_report_file": ("Отчёт по каждой строке — в файле.", "The report on every row is in the file."),
    # a file refused as a whole
    "sheet_unknown_format": ("Это не CSV и не XLSX. Пришлите таблицу в одном из этих форматов.",
                             "This is neither CSV nor XLSX. Please send the table in one of them."),
    "sheet_xls": ("Старый формат Excel (.xls) не поддерживается: сохраните файл как .xlsx или CSV.",
                  "The old Excel format (.xls) is not supported: save the file as .xlsx or CSV."),
    "sheet_unreadable": ("Файл повреждён или это не таблица — прочитать его не получилось.",
                         "The file is damaged or not a table: it could not be read."),
    "sheet_empty": ("В файле нет ни одной строки.", "The file has no rows."),
    "sheet_missing_columns": ("В файле нет обязательных столбцов: {columns}.",
                              "The file lacks required columns: {columns}."),
    "sheet_too_many_rows": ("Слишком много строк: можно до {limit} за раз. Разбейте файл на части.",
                            "Too many rows: at most {limit} at a time. Split the file into parts."),
}
