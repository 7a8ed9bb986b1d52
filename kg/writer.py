"""Writing output files all-or-nothing: each goes to a temporary file beside its target first,
and the targets are replaced only once every file is written (and the caller agrees)."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_temp(path: Path, text: str) -> Path:
    """Write text (UTF-8) to a new temporary file beside path; returns the temporary file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def commit(temps: dict[Path, Path]) -> None:
    """Move each temporary file onto its target (target → temporary file)."""
    mask = os.umask(0)
    os.umask(mask)
    for path, tmp in temps.items():
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)


def discard(temps: dict[Path, Path]) -> None:
    for tmp in temps.values():
        Path(tmp).unlink(missing_ok=True)


def remove_leftovers(folder: Path, names: Iterable[str]) -> list[Path]:
    """Remove the temporary files that a killed build left beside these targets (``.NAME.*.tmp``
    and the parts ``.part-NAME.*.tmp``); only call it while no other build writes there."""
    removed = []
    for name in names:
        for pattern in (f".{name}.*.tmp", f".part-{name}.*.tmp"):
            for path in sorted(folder.glob(pattern)):
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed
