"""Getting a database ready: the newest schema, the departments and the first questionnaire."""

from __future__ import annotations

import logging

from feedback.default_script import DEFAULT_SCRIPT, DEPARTMENTS
from storage import departments, scripts
from storage.migrate import migrate

from .runtime import Runtime

log = logging.getLogger("tzk.bootstrap")


async def prepare_database(rt: Runtime) -> None:
    """Migrate, then seed what a fresh install needs; settings seed heads and thresholds."""
    await migrate(rt.db)
    settings = rt.settings
    async with rt.db.session() as session:
        await departments.ensure_departments(session, DEPARTMENTS, settings.low_score_threshold)
        await scripts.ensure_script(session, DEFAULT_SCRIPT, rt.now())
        unknown = await departments.apply_bootstrap(session, settings.department_heads,
                                                    settings.department_thresholds)
        await session.commit()
    for code in unknown:
        log.warning("settings name an unknown department %r; known: %s", code, ", ".join(DEPARTMENTS))
