"""The vault folder: create, unlock, lock; the header, key derivation, recovery key."""
