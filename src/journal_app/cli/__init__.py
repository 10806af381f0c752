"""The command line: subcommands over the core, for backup jobs, scripting and tests."""
