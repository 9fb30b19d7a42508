"""Settings, from the environment or a ``.env`` file (pydantic-settings)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings", "settings", "settings_from_args", "settings_args"]


class Settings(BaseSettings):
    """Where the graph lives.

    ``HELIX_STORE`` chooses the backend: ``embedded`` (FalkorDB started by helix-graph,
    the default) or ``neo4j`` (a server you run, reached with the four ``NEO4J_*``
    settings).
    """

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    store: Literal["embedded", "neo4j"] = Field("embedded", validation_alias="HELIX_STORE")
    data_dir: Path = Field(Path(user_data_dir("helix-graph")), validation_alias="HELIX_DATA_DIR")
    graph_name: str = Field(
        "helix", validation_alias="HELIX_GRAPH", pattern=r"^[A-Za-z0-9_-]{1,64}$"
    )

    neo4j_uri: str | None = Field(None, validation_alias="NEO4J_URI")
    neo4j_user: str = Field("neo4j", validation_alias="NEO4J_USER")
    neo4j_password: SecretStr | None = Field(None, validation_alias="NEO4J_PASSWORD")
    neo4j_database: str | None = Field(None, validation_alias="NEO4J_DATABASE")

    @property
    def cache_dir(self) -> Path:
        """Where tables built from the data or the shipped gazetteer are kept between commands."""
        return Path(self.data_dir) / "cache"


def settings(**overrides) -> Settings:
    """Read the settings now (environment and ``.env``), with explicit overrides on top."""
    base = Settings()
    return base.model_copy(update={k: v for k, v in overrides.items() if v is not None})


_ARGS = {"--store": "store", "--data-dir": "data_dir", "--graph": "graph_name"}


def settings_args(config: Settings) -> list[str]:
    """``config``'s store, data folder and graph as arguments for the app's script (see :func:`settings_from_args`)."""
    return [
        "--store",
        config.store,
        "--data-dir",
        str(config.data_dir),
        "--graph",
        config.graph_name,
    ]


def settings_from_args(args: list[str]) -> Settings:
    """The settings, with ``--store``, ``--data-dir`` and ``--graph`` from ``args`` on top (others are ignored).

    Examples
    --------
    >>> settings_from_args(["--store", "embedded", "--graph", "g2"]).graph_name
    'g2'
    """
    overrides = {}
    for flag, value in zip(args, args[1:]):
        if flag in _ARGS:
            overrides[_ARGS[flag]] = Path(value) if flag == "--data-dir" else value
    return settings(**overrides)
