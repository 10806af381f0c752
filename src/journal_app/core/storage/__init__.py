"""The one database handle and the repositories: the modules that hold SQL."""
