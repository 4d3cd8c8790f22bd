-- Reviewing: the zone a panel's deadline is shown in, and panel notes that record a discussion of a
-- subject whose reviewers disagreed (kind DISCUSSION) beside ordinary notes.
alter table panel add column if not exists zone varchar(60) not null default 'Asia/Shanghai';

alter table panel_note add column if not exists kind varchar(20) not null default 'NOTE'
    check (kind in ('NOTE', 'DISCUSSION'));

-- Reminders look for unsubmitted reviews of open panels by deadline.
create index if not exists panel_deadline on panel (status, review_deadline);
create index if not exists review_subject on review (panel_id, subject_id, status);
