"""Hosting the pages for a region: preheated kernel pools, a cap on live kernels, the server's own checks."""
