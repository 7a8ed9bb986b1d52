"""Writing output files all-or-nothing: each goes to a temporary file first, then is renamed."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_files(contents: dict[Path, str]) -> None:
    """Write every file's text (UTF-8); if any write fails, none of the old files is replaced."""
    temps: list[tuple[Path, Path]] = []
    try:
        for path, text in contents.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            temps.append((Path(tmp), path))
    except BaseException:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        raise
    mask = os.umask(0)
    os.umask(mask)
    for tmp, path in temps:
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
