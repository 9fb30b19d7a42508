"""The oldest version pyproject.toml allows of every dependency, as pip constraints.

``python tests/floors.py > floors.txt`` writes ``name==floor`` for each requirement (the
app's and the dev extra's); ``make test-floors`` installs with it and runs the suite, so
each floor is a version the code is known to work with.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def floors(pyproject: Path = PYPROJECT) -> list[str]:
    """``name==version`` for every requirement's ``>=`` bound, in the file's order.

    >>> import tempfile
    >>> text = '[project]\\ndependencies = ["a>=1.2,<2", "b[x]>=3; sys_platform == \\'linux\\'"]\\n'
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp) / "pyproject.toml"
    ...     _ = path.write_text(text, encoding="utf-8")
    ...     floors(path)
    ['a==1.2', "b==3; sys_platform == 'linux'"]
    """
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    requirements = [
        *project.get("dependencies", []),
        *project.get("optional-dependencies", {}).get("dev", []),
    ]
    pins = []
    for requirement in requirements:
        spec, _, marker = requirement.partition(";")
        match = re.match(r"\s*([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?\s*(.*)", spec)
        name, bounds = match.groups()
        floor = re.search(r">=\s*([^,\s]+)", bounds)
        if floor:
            pins.append(f"{name}=={floor.group(1)}" + (f";{marker}" if marker else ""))
    return pins


if __name__ == "__main__":
    sys.stdout.write("\n".join(floors()) + "\n")
