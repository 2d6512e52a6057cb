"""compare."""


def register(sub):
    """placeholder"""
