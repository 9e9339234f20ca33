"""CKAN's Action API (read side) at /api/3/action/<name> and /api/action/<name>: one view
dispatching to the registry of actions (api.ckan.actions.ACTIONS), CKAN's envelope and its
errors, so that ckanapi and every CKAN client work unchanged."""
