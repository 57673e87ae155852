// Replaced by the validator tests.
