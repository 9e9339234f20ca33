"""The row store: each published table resource's rows in a table of the catalog's store, typed
by its Table Schema, for the row API (REST rows, CKAN's datastore_search).

`sync` says which resources have row tables and builds and drops them with the revisions that
publish and supersede them; `load` builds one from its screened file; `query` reads rows;
`fields` lays a Table Schema out as columns.
"""
