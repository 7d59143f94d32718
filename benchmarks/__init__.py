"""Benchmarks of opay against the raw HTTP libraries and the platform's own SDK.

Run ``make bench`` (full) or ``make bench-quick``; see ``benchmarks/README.md``.
"""
