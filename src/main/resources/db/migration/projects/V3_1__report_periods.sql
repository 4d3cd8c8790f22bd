-- Progress reports are planned again whenever a project's dates, schedule or milestones may have changed
-- (decision: ReportPlan); these keep a second planning from adding a report that is already there.
create unique index report_one_per_period on report (project_id, period_start, period_end) where milestone_id is null;
create unique index report_one_per_milestone on report (milestone_id) where milestone_id is not null;
create index milestone_project on milestone (project_id, due_on);
create index expenditure_report on expenditure (report_id) where report_id is not null;
create index output_report on output (report_id) where report_id is not null;
