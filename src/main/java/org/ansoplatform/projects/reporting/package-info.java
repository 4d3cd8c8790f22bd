/**
 * Milestones, progress reports and outputs of a project: their stores over the V1 tables, the plan of when reports
 * fall due ({@link org.ansoplatform.projects.reporting.ReportPlan}, pure), the report's state
 * ({@link org.ansoplatform.projects.reporting.ReportState}) and the reminders job.
 */
package org.ansoplatform.projects.reporting;
