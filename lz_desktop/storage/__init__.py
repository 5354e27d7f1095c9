"""The only home of SQL in lz-desktop."""
