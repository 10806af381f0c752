"""The vault's keys: the header, Argon2id, passphrase rules, the recovery key and failed attempts."""
