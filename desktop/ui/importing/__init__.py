"""The import wizard and its parts (file → sheets and mapping → preview and policy → commit)."""
