"""HTTP transports for opay: one small adapter per HTTP stack, all with connection pooling."""
