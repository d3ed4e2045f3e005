"""Text rules: one concern per module; language data lives in ``lang``."""
