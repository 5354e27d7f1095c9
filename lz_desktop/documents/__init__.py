"""Official documents and exports. Takes plain data; never queries the database, never imports Qt."""
