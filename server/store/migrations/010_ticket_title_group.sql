-- A ticket's subject and the group it is assigned to (formats.md, tickets:
-- `title` and `group`, on `created` and on later `assign`/`update` events).
-- ticket_history keeps the latest of each, so that the board and the lists
-- can show them without reading ticket_events.
ALTER TABLE ticket_events ADD COLUMN IF NOT EXISTS title String DEFAULT '';
ALTER TABLE ticket_events ADD COLUMN IF NOT EXISTS assignee_group LowCardinality(String) DEFAULT '';
ALTER TABLE ticket_rebuild_events ADD COLUMN IF NOT EXISTS title String DEFAULT '';
ALTER TABLE ticket_rebuild_events ADD COLUMN IF NOT EXISTS assignee_group LowCardinality(String) DEFAULT '';
ALTER TABLE ticket_history ADD COLUMN IF NOT EXISTS title String DEFAULT '';
ALTER TABLE ticket_history ADD COLUMN IF NOT EXISTS assignee_group LowCardinality(String) DEFAULT '';
