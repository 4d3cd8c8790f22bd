package org.ansoplatform.projects.reporting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.projects.MemberRole;
import org.ansoplatform.projects.MilestoneKind;
import org.ansoplatform.projects.MilestoneView;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A project's milestones and deliverables, in the order of the plan. */
@Repository
public class MilestoneStore {

    private static final String COLUMNS = "id, project_id, position, kind, work_package, title, due_on, achieved_on";

    private final JdbcClient jdbc;

    MilestoneStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MilestoneView> of(UUID projectId) {
        return jdbc.sql("select " + COLUMNS + " from projects.milestone where project_id = :project order by due_on, position")
                .param("project", projectId).query(MilestoneStore::view).list();
    }

    public Optional<MilestoneView> byId(UUID projectId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from projects.milestone where id = :id and project_id = :project")
                .param("id", id).param("project", projectId).query(MilestoneStore::view).optional();
    }

    public void insert(UUID id, UUID projectId, MilestoneKind kind, String workPackage, LocalizedText title, LocalDate due) {
        jdbc.sql("""
                insert into projects.milestone (id, project_id, position, kind, work_package, title, due_on)
                values (:id, :project, (select coalesce(max(position), 0) + 1 from projects.milestone where project_id = :project),
                    :kind, :workPackage, cast(:title as jsonb), :due)""")
                .param("id", id).param("project", projectId).param("kind", kind.name()).param("workPackage", workPackage)
                .param("title", ReportingJson.write(title)).param("due", Date.valueOf(due)).update();
    }

    /** Moving the due date again allows a fresh reminder. */
    public void update(UUID id, MilestoneKind kind, String workPackage, LocalizedText title, LocalDate due) {
        jdbc.sql("""
                update projects.milestone set kind = :kind, work_package = :workPackage, title = cast(:title as jsonb),
                    reminded_at = case when due_on = :due then reminded_at end, due_on = :due
                where id = :id""")
                .param("id", id).param("kind", kind.name()).param("workPackage", workPackage)
                .param("title", ReportingJson.write(title)).param("due", Date.valueOf(due)).update();
    }

    public void achieved(UUID id, LocalDate on) {
        jdbc.sql("update projects.milestone set achieved_on = :on where id = :id")
                .param("id", id).param("on", on == null ? null : Date.valueOf(on)).update();
    }

    /** Open milestones due before {@code today}, across projects. */
    public List<MilestoneView> overdue(LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from projects.milestone where achieved_on is null and due_on < :today order by due_on")
                .param("today", Date.valueOf(today)).query(MilestoneStore::view).list();
    }

    /** Marks and returns the open milestones due by {@code until} whose project has a principal investigator with an account. */
    public List<UUID> markRemindersDue(LocalDate today, LocalDate until, Instant now) {
        return jdbc.sql("""
                update projects.milestone ms set reminded_at = :now
                where ms.achieved_on is null and ms.reminded_at is null and ms.due_on between :today and :until
                  and exists (select 1 from projects.member m where m.project_id = ms.project_id and m.role = :pi
                              and m.person_id is not null)
                returning ms.id""")
                .param("now", Timestamp.from(now)).param("today", Date.valueOf(today)).param("until", Date.valueOf(until))
                .param("pi", MemberRole.PRINCIPAL_INVESTIGATOR.name())
                .query((rs, n) -> Rows.uuid(rs, "id")).list();
    }

    public Optional<MilestoneView> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from projects.milestone where id = :id")
                .param("id", id).query(MilestoneStore::view).optional();
    }

    static MilestoneView view(ResultSet rs, int row) throws SQLException {
        return new MilestoneView(Rows.uuid(rs, "id"), Rows.uuid(rs, "project_id"), rs.getInt("position"),
                Rows.enumValue(rs, "kind", MilestoneKind.class), rs.getString("work_package"),
                ReportingJson.text(rs.getString("title")), Rows.date(rs, "due_on"), Rows.date(rs, "achieved_on"));
    }
}
