"""Importing this package registers every subcommand on `vnmetrics.cli.app`.

Each module holds the commands of one area; each command is a small function that parses options,
calls the library and prints. Add a module here to add commands.
"""

from vnmetrics.commands import check, crawl, demo, extract, query, run, serve, train  # noqa: F401
