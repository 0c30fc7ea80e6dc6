"""Importing this package registers every subcommand on `vnmetrics.cli.app`.

Each module holds the commands of one area; each command is a small function that parses options,
calls the library and prints. Add a module here to add commands.
"""

from importlib import import_module

_MODULES = ("extract", "query", "crawl", "run", "demo", "check", "serve", "train")

for _name in _MODULES:
    try:
        import_module(f"vnmetrics.commands.{_name}")
    except ModuleNotFoundError as _exc:  # a module not written yet; a missing dependency must still fail loudly
        if _exc.name != f"vnmetrics.commands.{_name}":
            raise
