"""The rules of Kith as plain Python: no Qt, no SQLAlchemy, no I/O."""
