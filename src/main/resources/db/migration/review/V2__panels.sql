-- Panels show their review deadline in a time zone chosen with the deadline.
alter table panel add column zone varchar(60) not null default 'Asia/Shanghai';

-- The Secretariat's filter of the pool by field, and a panel's conflict and pairing lookups by reviewer.
create index reviewer_fields on reviewer using gin (fields);
create index pairing_reviewer on pairing (reviewer_id, panel_id);
