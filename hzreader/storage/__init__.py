"""SQLite through SQLAlchemy: the one store of everything the user makes."""
