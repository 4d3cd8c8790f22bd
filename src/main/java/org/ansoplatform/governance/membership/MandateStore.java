package org.ansoplatform.governance.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.MandateChangeView;
import org.ansoplatform.governance.Office;
import org.ansoplatform.governance.OfficerView;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Seats of member organizations on the bodies, officers with their terms, the bodies' mandates and their changes. */
@Component
public class MandateStore {

    /** A seat as stored. */
    public record Seat(UUID id, UUID organizationId, LocalDate termStart, LocalDate termEnd) {
    }

    /** A mandate as stored. */
    public record Mandate(UUID id, Body body, LocalDate termStart, LocalDate termEnd, UUID decidedBy) {
    }

    private final JdbcClient jdbc;

    MandateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The seats of the body in force on {@code day}: begun, and not ended (a seat decided ahead begins later). */
    public List<Seat> seats(Body body, LocalDate day) {
        return jdbc.sql("""
                        select * from governance.seat where body = :body and term_start <= :day
                        and (term_end is null or term_end >= :day)""")
                .param("body", body.name()).param("day", day)
                .query((rs, row) -> new Seat(Rows.uuid(rs, "id"), Rows.uuid(rs, "organization_id"),
                        Rows.date(rs, "term_start"), Rows.date(rs, "term_end")))
                .list();
    }

    public void addSeat(UUID id, Body body, UUID organizationId, LocalDate start, LocalDate end, UUID decisionId) {
        jdbc.sql("""
                        insert into governance.seat (id, body, organization_id, term_start, term_end, decided_by)
                        values (:id, :body, :organization, :start, :end, :decision)""")
                .param("id", id).param("body", body.name()).param("organization", organizationId).param("start", start)
                .param("end", end).param("decision", decisionId).update();
    }

    /** Ends every seat of the body still in force on {@code from}, the day before. */
    public void endSeats(Body body, LocalDate from, UUID decisionId) {
        jdbc.sql("""
                        update governance.seat set term_end = :end, ended_by = :decision
                        where body = :body and (term_end is null or term_end >= :from)""")
                .param("end", from.minusDays(1)).param("decision", decisionId).param("body", body.name())
                .param("from", from).update();
    }

    /** The officers in office on {@code day}: an officer appointed from a later day is not, and the predecessor still is. */
    public List<OfficerView> officers(LocalDate day) {
        return jdbc.sql("""
                        select * from governance.officer where term_start <= :day and (term_end is null or term_end >= :day)
                        order by office, name""")
                .param("day", day)
                .query((rs, row) -> new OfficerView(Rows.uuid(rs, "id"), Rows.enumValue(rs, "office", Office.class),
                        rs.getString("name"), Rows.date(rs, "term_start"), Rows.date(rs, "term_end"),
                        Rows.uuid(rs, "decided_by")))
                .list();
    }

    public void addOfficer(UUID id, Office office, String name, LocalDate start, LocalDate end, UUID decisionId) {
        jdbc.sql("""
                        insert into governance.officer (id, office, name, term_start, term_end, decided_by)
                        values (:id, :office, :name, :start, :end, :decision)""")
                .param("id", id).param("office", office.name()).param("name", name).param("start", start)
                .param("end", end).param("decision", decisionId).update();
    }

    /** Ends, the day before {@code start}, the term of every holder of the office still in office then. */
    public void endOffice(Office office, LocalDate start, UUID decisionId) {
        jdbc.sql("""
                        update governance.officer set term_end = :end, ended_by = :decision
                        where office = :office and (term_end is null or term_end >= :start)""")
                .param("end", start.minusDays(1)).param("decision", decisionId).param("office", office.name())
                .param("start", start).update();
    }

    /** Ends, the day before {@code start}, the term of one officer if still in office then. */
    public void endOfficer(UUID officerId, LocalDate start, UUID decisionId) {
        jdbc.sql("""
                        update governance.officer set term_end = :end, ended_by = :decision
                        where id = :officer and (term_end is null or term_end >= :start)""")
                .param("end", start.minusDays(1)).param("decision", decisionId).param("officer", officerId)
                .param("start", start).update();
    }

    public List<Mandate> mandates() {
        return jdbc.sql("select * from governance.mandate order by term_start desc")
                .query((rs, row) -> new Mandate(Rows.uuid(rs, "id"), Rows.enumValue(rs, "body", Body.class),
                        Rows.date(rs, "term_start"), Rows.date(rs, "term_end"), Rows.uuid(rs, "decided_by")))
                .list();
    }

    public List<MandateChangeView> changes(UUID mandateId) {
        return jdbc.sql("select * from governance.mandate_change where mandate_id = :mandate order by new_end")
                .param("mandate", mandateId)
                .query((rs, row) -> new MandateChangeView(Rows.date(rs, "previous_end"), Rows.date(rs, "new_end"),
                        Rows.uuid(rs, "decision_id")))
                .list();
    }

    public void addMandate(UUID id, Body body, LocalDate start, LocalDate end, UUID decisionId) {
        jdbc.sql("""
                        insert into governance.mandate (id, body, term_start, term_end, decided_by)
                        values (:id, :body, :start, :end, :decision)""")
                .param("id", id).param("body", body.name()).param("start", start).param("end", end)
                .param("decision", decisionId).update();
    }

    /** The body's mandates still running on {@code day}, under their rows' locks, with their ends. */
    public List<Mandate> lockedRunning(Body body, LocalDate day) {
        return jdbc.sql("select * from governance.mandate where body = :body and term_end >= :day for update")
                .param("body", body.name()).param("day", day)
                .query((rs, row) -> new Mandate(Rows.uuid(rs, "id"), Rows.enumValue(rs, "body", Body.class),
                        Rows.date(rs, "term_start"), Rows.date(rs, "term_end"), Rows.uuid(rs, "decided_by")))
                .list();
    }

    /** The mandate's end under the row's lock, if the mandate exists. */
    public Optional<LocalDate> lockedEnd(UUID mandateId) {
        return jdbc.sql("select term_end from governance.mandate where id = :id for update")
                .param("id", mandateId).query(LocalDate.class).optional();
    }

    /** Moves the mandate's end and keeps the change beside it. */
    public void changeEnd(UUID mandateId, LocalDate previousEnd, LocalDate newEnd, UUID decisionId) {
        jdbc.sql("update governance.mandate set term_end = :end where id = :id").param("end", newEnd)
                .param("id", mandateId).update();
        jdbc.sql("""
                        insert into governance.mandate_change (id, mandate_id, previous_end, new_end, decision_id)
                        values (:id, :mandate, :previous, :next, :decision)""")
                .param("id", UUID.randomUUID()).param("mandate", mandateId).param("previous", previousEnd)
                .param("next", newEnd).param("decision", decisionId).update();
    }
}
