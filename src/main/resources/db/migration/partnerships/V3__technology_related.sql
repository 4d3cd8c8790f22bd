-- Records an offer or a request cites (issue 22, item 6: "technology offers can cite datasets"): references such as
-- datasets:dataset:<uuid>, checked through platform.Records when typed (a visitor must be able to see each), in the
-- order given. Other modules' records: no foreign key crosses a module's schema.
alter table technology add column related_records text[] not null default '{}';
