package org.ansoplatform.organizations;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the directory's figures and record links read: statuses as the history had them on a day, and names. */
@Service
@Transactional(readOnly = true)
class OrganizationFigureQueries {

    /** An organization with the status it held on the day asked and its country (as the directory has it now). */
    record Standing(UUID id, String country, OrganizationStatus status) {
    }

    record Entry(UUID id, String name, boolean illustrative) {
    }

    private final JdbcClient jdbc;

    OrganizationFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each organization's status on {@code day}: the last entry of its history that took effect by then, on its
     * {@code since} date or, when that is unknown, on the day it was recorded (UTC). Organizations whose history
     * starts later are left out.
     */
    List<Standing> standingOn(LocalDate day) {
        return jdbc.sql("""
                        select distinct on (o.id) o.id, o.country, c.status
                        from organizations.organization o
                        join organizations.status_change c on c.organization_id = o.id
                        where coalesce(c.since, cast(c.recorded_at at time zone 'UTC' as date)) <= :day
                        order by o.id, coalesce(c.since, cast(c.recorded_at at time zone 'UTC' as date)) desc,
                                 c.recorded_at desc""")
                .param("day", day)
                .query((rs, row) -> new Standing(Rows.uuid(rs, "id"), rs.getString("country").strip(),
                        Rows.enumValue(rs, "status", OrganizationStatus.class)))
                .list();
    }

    List<Entry> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, name, illustrative from organizations.organization where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> new Entry(Rows.uuid(rs, "id"), rs.getString("name"), rs.getBoolean("illustrative")))
                .list();
    }
}
