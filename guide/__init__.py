"""Plain-Python logic behind the guide site: data loading, validation and rendering.

Nothing here imports MkDocs, so it can be unit-tested and moved to another generator.
The MkDocs hooks in ../hooks/ are thin adapters over these modules.
"""
