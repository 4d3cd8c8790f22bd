package org.ansoplatform.projects.reporting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.projects.MemberRole;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.projects.ReportSchedule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the project's own rows that reporting needs; the project itself is written by projects' core. */
@Repository
public class ReportingProjectStore {

    private final JdbcClient jdbc;

    ReportingProjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProjectFacts> facts(UUID projectId) {
        List<ProjectFacts.Partner> partners = jdbc.sql("""
                select id, name, country from projects.partner where project_id = :id order by position""")
                .param("id", projectId)
                .query((rs, n) -> new ProjectFacts.Partner(Rows.uuid(rs, "id"), rs.getString("name"),
                        rs.getString("country").strip()))
                .list();
        return jdbc.sql("""
                select p.id, p.acronym, p.title, p.status, p.start_date, p.end_date, p.report_schedule, p.indicators,
                    (select m.person_id from projects.member m where m.project_id = p.id and m.role = :pi) as pi_person
                from projects.project p where p.id = :id""")
                .param("id", projectId).param("pi", MemberRole.PRINCIPAL_INVESTIGATOR.name())
                .query((rs, n) -> new ProjectFacts(Rows.uuid(rs, "id"), rs.getString("acronym"),
                        ReportingJson.text(rs.getString("title")), Rows.enumValue(rs, "status", ProjectStatus.class),
                        Rows.date(rs, "start_date"), Rows.date(rs, "end_date"),
                        Rows.enumValue(rs, "report_schedule", ReportSchedule.class),
                        ReportingJson.indicators(rs.getString("indicators")), partners, Rows.uuid(rs, "pi_person")))
                .optional();
    }

    /** The projects whose principal investigator is this person, newest first. */
    public List<UUID> ledBy(UUID personId) {
        return jdbc.sql("""
                select p.id from projects.project p join projects.member m on m.project_id = p.id
                where m.person_id = :person and m.role = :pi order by p.start_date desc, p.acronym""")
                .param("person", personId).param("pi", MemberRole.PRINCIPAL_INVESTIGATOR.name())
                .query((rs, n) -> Rows.uuid(rs, "id")).list();
    }

    /** Projects that still report: awarded, running or extended. */
    public List<UUID> reporting() {
        return jdbc.sql("select id from projects.project where status in (:statuses)")
                .param("statuses", List.of(ProjectStatus.AWARDED.name(), ProjectStatus.ACTIVE.name(),
                        ProjectStatus.EXTENDED.name()))
                .query((rs, n) -> Rows.uuid(rs, "id")).list();
    }
}
