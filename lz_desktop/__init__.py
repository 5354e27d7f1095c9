"""lz-desktop: records of the responsibility system for Party conduct and clean government."""

__version__ = "0.1.0"
