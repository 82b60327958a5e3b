"""The Batch page and its dialogs: batches list, batch detail, new batch, export, preset editor."""
