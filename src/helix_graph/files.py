"""Writing a user's output file: whole or not at all, with a sentence when it cannot be done."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from helix_graph.errors import HelixError

__all__ = ["keep", "kept", "read_kept", "write_atomically"]


def write_atomically(path: str | os.PathLike, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, renamed into place.

    A reader never sees a half-written file, and a failure leaves what was at ``path``
    before. An unwritable place raises :class:`~helix_graph.errors.HelixError` naming it.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "view.svg"
    >>> write_atomically(target, "<svg/>").read_text()
    '<svg/>'
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise HelixError(f"{path} is a folder; give a file name such as {path / 'view.svg'}")
    if not folder.is_dir():
        raise HelixError(
            f"cannot write {path}: the folder {folder} does not exist; create it first"
        )
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise HelixError(
            f"cannot write {path}: {exc.strerror.lower()}; choose a folder you can write to"
        ) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # as an ordinary new file (mkstemp makes it 0600)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise HelixError(
            f"cannot write {path}: {exc.strerror.lower()}; choose a folder you can write to"
        ) from None
    return path


def read_kept(path: str | os.PathLike):
    """What :func:`keep` wrote at ``path``, or None when it is missing or cannot be read
    (damaged, or written by another version of helix-graph): the caller then builds it."""
    import pickle

    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except Exception:
        return None


def keep(path: str | os.PathLike, value) -> None:
    """Keep ``value`` at ``path`` (``NAME-KEY.pickle`` in a cache folder) for the next reader,
    and drop the other copies of NAME; failing quietly, as a cache that cannot be written is
    no reason to fail the command."""
    import pickle

    path = Path(path)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomically(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        for older in path.parent.glob(path.name.rsplit("-", 1)[0] + "-*.pickle"):
            if older != path:
                older.unlink(missing_ok=True)
    except Exception:
        pass


def kept(name: str, build, *key_parts: str | bytes):
    """``build()``, kept in the data folder's cache (:func:`keep`) so that it is built once,
    not once per process (a tenth of a second to read instead of seconds to build).

    The file's key digests ``key_parts`` (the source data's version, the code that builds
    it), so a change in either makes a new one. A file that cannot be read or written is no
    reason to fail: the value is then built.
    """
    import hashlib

    from helix_graph.config import settings

    key = b"|".join(part.encode() if isinstance(part, str) else part for part in key_parts)
    try:
        path = settings().cache_dir / f"{name}-{hashlib.sha1(key).hexdigest()[:16]}.pickle"
    except Exception:  # settings that cannot be read: no data folder to keep it in
        return build()
    value = read_kept(path)
    if value is None:
        value = build()
        keep(path, value)
    return value
