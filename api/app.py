"""The API as one FastAPI app: routes, the guard in front, and errors that always say why."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request, Security
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPBearer
from starlette.exceptions import HTTPException

from bot.runtime import Runtime

from . import clients, deliveries
from .guard import Guard
from .schemas import FieldError, Problem, field_errors
from .views import PREFIX

log = logging.getLogger("tzk.api")

DESCRIPTION = """Deliveries from your CRM or ERP: ТЗК surveys each client a few days after each
delivery. Every `/api/v1` call needs `Authorization: Bearer <API_TOKEN>`."""
# The Guard checks the token before a request gets here; this only puts the scheme in the docs.
_BEARER = HTTPBearer(auto_error=False, description="API_TOKEN from the bot's settings")


def create_api(rt: Runtime) -> Guard:
    """The ASGI app to serve: FastAPI behind the token and body-size guard."""
    app = FastAPI(title="ТЗК intake API", version="1", description=DESCRIPTION,
                  openapi_tags=[{"name": "deliveries"}, {"name": "clients"}])
    app.state.runtime = rt
    for router in (deliveries.router, clients.router):
        app.include_router(router, prefix=PREFIX, dependencies=[Security(_BEARER)])
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_api_route("/healthz", _health, methods=["GET"], tags=["health"],
                      summary="Whether the API and its database answer")
    token = rt.settings.api_token.get_secret_value()
    return Guard(app, token, rt.settings.api_max_body)


async def _invalid(_request: Request, error: Exception) -> JSONResponse:
    problems = field_errors(error.errors()) if isinstance(error, RequestValidationError) else []
    body = Problem(detail="invalid request", errors=problems)
    return JSONResponse(body.model_dump(), status_code=422)


async def _http_error(request: Request, error: Exception) -> Response:
    """FastAPI says 400 for a body it cannot decode (not UTF-8): to the caller that is one more
    malformed payload, so it is a 422 like the others."""
    if isinstance(error, HTTPException) and error.status_code == 400:
        body = Problem(detail="invalid request",
                       errors=[FieldError(field="body", reason="not valid JSON in UTF-8")])
        return JSONResponse(body.model_dump(), status_code=422)
    return await http_exception_handler(request, error)


async def _health(request: Request) -> JSONResponse:
    rt: Runtime = request.app.state.runtime
    try:
        await rt.db.ping()
    except Exception as error:  # noqa: BLE001 — any failure means "not healthy", said plainly
        log.warning("health check: the database does not answer (%s)", type(error).__name__)
        return JSONResponse({"status": "database unavailable"}, status_code=503)
    return JSONResponse({"status": "ok"})
