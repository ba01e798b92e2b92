"""Shared building blocks of every page."""
