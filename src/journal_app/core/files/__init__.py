"""Files on disk: atomic writes, the vault's lock file, the data folder, no core dumps."""
