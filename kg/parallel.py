"""Work in forked processes: the export's parts, validation and the corpus state run beside
each other on a multi-core machine (and one after another where fork is missing)."""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable


def in_background(work: Callable[[], object]) -> Callable[[], object]:
    """Run work in a forked process (when there are cores to spare); returns a function that
    waits and gives its result, or raises its exception. Without fork, work runs at once."""
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        try:
            result, error = work(), None
        except Exception as err:  # raised when the caller asks for the result, as with fork
            result, error = None, err
        return lambda: _result(result, error)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def child() -> None:
        try:
            send.send((work(), None))
        except Exception as err:  # sent back to the parent, which raises it
            send.send((None, err))

    process = context.Process(target=child, daemon=True)
    process.start()
    send.close()

    def wait():
        try:
            result, error = receive.recv()
        except EOFError:
            result, error = None, RuntimeError("a background export process died")
        process.join()
        return _result(result, error)

    return wait


class Prepared:
    """A forked process that has run ``prepare`` (imports, say) and waits to be told to ``go``
    (then it runs ``work``; ``wait`` gives the result) or to ``cancel`` (then it ends)."""

    def __init__(self, prepare: Callable[[], None], work: Callable[[], object]):
        self._forked = (os.cpu_count() or 1) >= 2 and "fork" in multiprocessing.get_all_start_methods()
        self._prepare, self._work = prepare, work
        self._wait: Callable[[], object] | None = None
        self._told = False
        if self._forked:
            context = multiprocessing.get_context("fork")
            self._signal, self._wanted = context.Event(), context.Value("b", 1)

            def ready_then_work():
                prepare()
                self._signal.wait()
                return work() if self._wanted.value else None

            self._wait = in_background(ready_then_work)

    def go(self) -> None:
        self._told = True
        if self._forked:
            self._signal.set()
        else:
            self._prepare()
            self._wait = in_background(self._work)

    def cancel(self) -> None:
        """End the process without its work (nothing, once told to go)."""
        if self._forked and not self._told:
            self._told = True
            self._wanted.value = 0
            self._signal.set()
            self._wait()

    def wait(self) -> object:
        if self._wait is None:
            raise RuntimeError("wait() before go()")
        return self._wait()


def _result(result, error):
    if error is not None:
        raise error
    return result
