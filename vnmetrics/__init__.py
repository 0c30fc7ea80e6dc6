"""vnmetrics: Vietnamese government news turned into numeric facts people can query and check."""

__version__ = "0.1.0"
