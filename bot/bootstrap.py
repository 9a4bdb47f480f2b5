"""Getting a database ready: the newest schema, the departments and the first questionnaire."""

from __future__ import annotations

import logging

from feedback.default_script import DEFAULT_SCRIPT, DEPARTMENTS
from storage import admins, departments, scripts
from storage.migrate import migrate

from .config import refresh
from .runtime import Runtime

log = logging.getLogger("tzk.bootstrap")


async def prepare_database(rt: Runtime) -> None:
    """Migrate, seed what a fresh install needs (settings seed heads, thresholds and the first
    admins), then apply what admins set in chat."""
    await migrate(rt.db)
    settings = rt.defaults
    async with rt.db.session() as session:
        await departments.ensure_departments(session, DEPARTMENTS, settings.low_score_threshold)
        await scripts.ensure_script(session, DEFAULT_SCRIPT, rt.now())
        unknown = await departments.apply_bootstrap(session, settings.department_heads,
                                                    settings.department_thresholds)
        await admins.seed(session, settings.admin_ids, rt.now())
        await session.commit()
    for code in unknown:
        log.warning("settings name an unknown department %r; known: %s", code, ", ".join(DEPARTMENTS))
    await refresh(rt)
