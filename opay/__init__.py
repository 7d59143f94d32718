"""opay: the Python SDK for the Online Payments platform (server API v2)."""
