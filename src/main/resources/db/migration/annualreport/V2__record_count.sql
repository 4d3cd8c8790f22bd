-- How many records a frozen figure counted, so that "not recorded for YEAR" and the traceability page's totals are
-- read from the frozen row without expanding its stored records.
alter table frozen_figure add column record_count int not null default 0;
