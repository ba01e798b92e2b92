"""Samverkansforum: an inventory of collaboration forums, their cost, and their self-assessment over time.

Built on the second source document (``shared/seeds/003_b738d17dc6d55818.txt``), which evaluated the forums
between a city and a region and recommends that forums assess themselves regularly (check and act).
"""
