"""The command line: subcommands over the core, for backup jobs, scripting and tests."""

from journal_app import __version__

# What `journal-app --version` prints (cli/main.py's parser; __main__.py answers the bare
# `journal-app --version` itself, before the parser is built).
VERSION = f"journal-app {__version__}"
