-- Issue 15: one reminder before a meeting to each confirmed participant; marked by the statement that selects
-- it, so two nodes or two runs never remind twice.
alter table registration add column reminded_at timestamptz;
