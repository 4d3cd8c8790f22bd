-- A further review (asked after reviewers disagreed, or to replace a declined review) has its own deadline,
-- stored with its assignment; the panel-wide deadline never changes for it. Null for ordinary pairs.
alter table assignment add column if not exists due_at timestamptz;
