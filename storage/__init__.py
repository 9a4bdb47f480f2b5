"""Persistence: SQLAlchemy models, the unit of work, queries and Alembic migrations."""
