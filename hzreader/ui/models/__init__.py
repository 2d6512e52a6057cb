"""Qt item models, one class per module."""
