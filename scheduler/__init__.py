"""APScheduler wiring and the periodic jobs; the database, not the scheduler, holds the work."""
