"""Window parts of data safety: session guard, backups and restore, integrity, audit log, privacy."""
