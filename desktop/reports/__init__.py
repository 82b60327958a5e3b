"""The coverage report: content (plain tables), PDF and xlsx layouts, and the export use case."""
