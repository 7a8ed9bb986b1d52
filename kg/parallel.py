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


def prepared_in_background(prepare: Callable[[], None], work: Callable[[], object]):
    """Fork now a process that runs prepare (imports, say) at once and work only when told:
    returns (go, wait). Without fork, both run when go is called."""
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        pending: list = []

        def go_here() -> None:
            prepare()
            pending.append(in_background(work))

        return go_here, lambda: pending[0]()
    context = multiprocessing.get_context("fork")
    signal = context.Event()

    def ready_then_work():
        prepare()
        signal.wait()
        return work()

    return signal.set, in_background(ready_then_work)


def _result(result, error):
    if error is not None:
        raise error
    return result
