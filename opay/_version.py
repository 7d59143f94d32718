"""The version of opay, read without importlib.metadata so that importing opay stays cheap."""

__version__ = "0.1.0"
