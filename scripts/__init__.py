"""Tools run by hand or by tasks.py (benchmark, readability, bad inputs) and the helpers they
share with the tests."""
