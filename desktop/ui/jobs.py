"""The one way the window runs long work: off the UI thread, with progress and Cancel.

`JobRunner.start(title, fn, on_done)` runs `fn(progress)` on a QThreadPool worker. `progress` is a
plain desktop.progress.Progress; Cancel sets its event and the use case unwinds its transaction.
Results and errors come back on the GUI thread through signals. Nothing calls processEvents().
"""
from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.progress import Cancelled, Progress
from desktop.ui import messages


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, cancel: threading.Event):
        super().__init__()
        self.fn, self.signals, self.cancel = fn, signals, cancel
        self.setAutoDelete(True)

    def run(self) -> None:
        progress = Progress(lambda d, t, m: self.signals.progress.emit(d, t, m), self.cancel)
        try:
            result = self.fn(progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Job(QObject):
    """A running job; keep a reference while it runs (the runner does)."""

    finished = Signal()

    def __init__(self, runner: JobRunner, title: str, parent_widget: QWidget | None, show_dialog: bool):
        super().__init__(runner)
        self.title = title
        self.cancel_event = threading.Event()
        self.signals = _Signals()
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = QProgressDialog(title, self.tr("Batal"), 0, 0, parent_widget)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(400)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
        self.signals.progress.connect(self._on_progress)

    def cancel(self) -> None:
        self.cancel_event.set()
        if self.dialog:
            self.dialog.setLabelText(self.tr("Membatalkan…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        dialog = self.dialog  # a modal QProgressDialog.setValue runs the event loop: the job may finish inside it
        if dialog:
            if message:
                dialog.setLabelText(message)
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)

    def _close(self) -> None:
        if self.dialog:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.finished.emit()


_RUNNERS: "weakref.WeakSet[JobRunner]" = weakref.WeakSet()


def wait_for_all(msecs: int = 10_000) -> None:
    """Every runner's background work finished: before its database goes away for good (a server
    database dropped after a test, a window closed while ids still load)."""
    for runner in list(_RUNNERS):
        try:
            runner.pool.waitForDone(msecs)
        except RuntimeError:  # its Qt object is gone already, and its threads with it
            pass


class JobRunner(QObject):
    """Shared by the whole window: one pool, the jobs in flight, and their dialogs."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2):
        super().__init__(parent)
        _RUNNERS.add(self)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.jobs: list[Job] = []

    def start(self, title: str, fn: Callable[[Progress], Any], on_done: Callable[[Any], None] | None = None, *,
              parent_widget: QWidget | None = None, on_error: Callable[[BaseException], None] | None = None,
              show_dialog: bool = True) -> Job:
        job = Job(self, title, parent_widget, show_dialog)
        self.jobs.append(job)

        def finish() -> None:
            job._close()
            if job in self.jobs:
                self.jobs.remove(job)

        def done(result: Any) -> None:
            job.result = result
            finish()
            if on_done:
                on_done(result)

        def failed(exc: BaseException) -> None:
            job.error = exc
            finish()
            if on_error:
                on_error(exc)
            else:
                messages.show_error(parent_widget, exc)

        def cancelled() -> None:
            job.was_cancelled = True
            finish()
            messages.info(parent_widget, title, self.tr("Dibatalkan. Tidak ada data yang diubah."))

        job.signals.done.connect(done)
        job.signals.failed.connect(failed)
        job.signals.cancelled.connect(cancelled)
        self.pool.start(_Task(fn, job.signals, job.cancel_event))
        return job

    def busy(self) -> bool:
        """True while a job the user started (one with a progress dialog) is running."""
        return any(job.dialog is not None for job in self.jobs)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
