"""Pure rules and entities: no Qt, no SQL, no files. Every rule names its article."""
