"""The catalog's exports for the open-data world, each written by its format's crosswalk from
the published, screened records only: DCAT-AP (Turtle, RDF/XML, JSON-LD), DCAT-US data.json,
schema.org JSON-LD, and Atom feeds."""
