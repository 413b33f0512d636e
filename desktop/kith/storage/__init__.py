"""The local SQLite store: schema, migrations, engine set-up and backups."""
