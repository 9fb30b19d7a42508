"""The ``helix-graph`` command line. Commands parse options and hand off to the library.

Errors meant for people (:class:`~helix_graph.errors.HelixError`) are printed as one
sentence on stderr with exit code 1; usage errors exit with 2.
"""

from __future__ import annotations

import os
import sys

# Set before NumPy, Arrow and OpenMP are loaded (they read these once, when loaded). A command
# allocates and frees about a gigabyte within seconds on Horizon 2020. NumPy (for arrays of
# 4 MB and more) and Arrow's default pool ask for transparent huge pages, and a kernel whose
# defrag setting is "madvise" then compacts memory at each fault: on the two-core virtual
# machine this was measured on, first touching 512 MB took 5.2 s with them and 0.36 s without,
# and `analyze` of Horizon 2020 9.8 s against 7.5 s (0.66 GB peak against 0.75). Values the
# user sets win.
os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
# OpenMP's worker threads (the compiled kernels', NetworKit's) sleep between parallel loops
# instead of spinning: on a machine shared with other work a spinning worker takes the core
# the main thread needs. Measured on the two shared cores, alternated pairs, sleeping against
# spinning: the analysis of 10,000 synthetic participations 0.84–0.97 of the time (five pairs,
# median 0.90), of 150,000 0.79–1.12 (three pairs, median 0.98: no loss).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import click

from helix_graph.cli.analysis import analyze, export, recommend, synth
from helix_graph.cli.app import app
from helix_graph.cli.brief import brief
from helix_graph.cli.data import load, query, stats
from helix_graph.cli.db import db
from helix_graph.cli.draw import draw
from helix_graph.cli.importers import extract, import_group, merges_group
from helix_graph.errors import HelixError, UsageError

__all__ = ["cli", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="helix-graph")
def cli() -> None:
    """helix-graph: explore quadruple-helix collaboration networks of EU projects."""


cli.add_command(db)
cli.add_command(load)
cli.add_command(stats)
cli.add_command(query)
cli.add_command(analyze)
cli.add_command(export)
cli.add_command(draw)
cli.add_command(recommend)
cli.add_command(brief)
cli.add_command(synth)
cli.add_command(import_group)
cli.add_command(merges_group)
cli.add_command(extract)
cli.add_command(app)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit code instead of a traceback for known errors."""
    try:
        cli.main(args=argv, prog_name="helix-graph", standalone_mode=False)
    except UsageError as exc:
        click.echo(f"Usage error: {exc}", err=True)
        return 2
    except HelixError as exc:
        click.echo(f"Error: {exc}", err=True)
        return 1
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except OSError as exc:  # a file that cannot be read or written: the system says why
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(
            f"Error: {where}{exc.strerror or exc}; check the path and that you may write there.",
            err=True,
        )
        return 1
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


def _entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
