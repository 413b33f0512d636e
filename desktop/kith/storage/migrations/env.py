"""Alembic environment: Kith always hands in an open connection (see storage.migrate)."""

from alembic import context

from kith.storage.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
