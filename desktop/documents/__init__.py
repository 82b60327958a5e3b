"""Printed documents: enrolment forms, the cooperation agreement (PKS) with its annexes and the
roster list. Each document is a function from the DB (or plain data) to a PDF file; the window
and the CLI call the same functions."""
