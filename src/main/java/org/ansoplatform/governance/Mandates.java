package org.ansoplatform.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats of member organizations on the bodies, officers with their terms, and the bodies' mandates. A
 * mandate is extended or ended only by a decision ({@link Sessions#recordDecision} with subject MANDATE),
 * and every change is kept beside the mandate.
 */
@Service
@Transactional
public class Mandates {

    public enum Office { PRESIDENT, VICE_PRESIDENT, EXECUTIVE_DIRECTOR, ASSISTANT_EXECUTIVE_DIRECTOR }

    public record SeatView(UUID id, Body body, UUID organizationId, String organizationName, LocalDate termStart,
            LocalDate termEnd) {
    }

    public record OfficerView(UUID id, Office office, String name, LocalDate termStart, LocalDate termEnd) {
    }

    public record MandateView(UUID id, Body body, LocalDate termStart, LocalDate termEnd, List<ChangeView> changes) {
    }

    public record ChangeView(LocalDate previousEnd, LocalDate newEnd, UUID decisionId) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final OrganizationQueries organizations;

    Mandates(JdbcClient jdbc, ApplicationEventPublisher events, OrganizationQueries organizations) {
        this.jdbc = jdbc;
        this.events = events;
        this.organizations = organizations;
    }

    /** The organizations holding a seat on the body today. */
    @Transactional(readOnly = true)
    public List<UUID> seated(Body body) {
        return jdbc.sql("select distinct organization_id from governance.seat where body = :b and (term_end is null or term_end >= current_date)")
                .param("b", body.name()).query(UUID.class).list();
    }

    @Transactional(readOnly = true)
    public List<SeatView> seats(Body body) {
        return jdbc.sql("select * from governance.seat where body = :b and (term_end is null or term_end >= current_date)")
                .param("b", body.name())
                .query((rs, row) -> {
                    UUID organization = rs.getObject("organization_id", UUID.class);
                    return new SeatView(rs.getObject("id", UUID.class), body, organization,
                            organizations.byId(organization).map(o -> o.name()).orElse("?"),
                            rs.getObject("term_start", LocalDate.class), rs.getObject("term_end", LocalDate.class));
                }).list().stream().sorted(java.util.Comparator.comparing(SeatView::organizationName)).toList();
    }

    @Transactional(readOnly = true)
    public List<OfficerView> officers() {
        return jdbc.sql("select * from governance.officer where term_end is null or term_end >= current_date order by office, name")
                .query((rs, row) -> new OfficerView(rs.getObject("id", UUID.class), Office.valueOf(rs.getString("office")),
                        rs.getString("name"), rs.getObject("term_start", LocalDate.class),
                        rs.getObject("term_end", LocalDate.class)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<MandateView> mandates() {
        return jdbc.sql("select * from governance.mandate order by term_start desc")
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new MandateView(id, Body.valueOf(rs.getString("body")), rs.getObject("term_start", LocalDate.class),
                            rs.getObject("term_end", LocalDate.class), changes(id));
                }).list();
    }

    private List<ChangeView> changes(UUID mandateId) {
        return jdbc.sql("select * from governance.mandate_change where mandate_id = :m order by new_end")
                .param("m", mandateId)
                .query((rs, row) -> new ChangeView(rs.getObject("previous_end", LocalDate.class),
                        rs.getObject("new_end", LocalDate.class), rs.getObject("decision_id", UUID.class)))
                .list();
    }

    UUID addSeat(Body body, UUID organizationId, LocalDate start, UUID decisionId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into governance.seat (id, body, organization_id, term_start, decided_by) values (:id, :b, :o, :s, :d)")
                .param("id", id).param("b", body.name()).param("o", organizationId).param("s", start).param("d", decisionId)
                .update();
        return id;
    }

    UUID addOfficer(Office office, String name, LocalDate start, LocalDate end) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into governance.officer (id, office, name, term_start, term_end) values (:id, :o, :n, :s, :e)")
                .param("id", id).param("o", office.name()).param("n", name).param("s", start).param("e", end).update();
        return id;
    }

    UUID addMandate(Body body, LocalDate start, LocalDate end) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into governance.mandate (id, body, term_start, term_end) values (:id, :b, :s, :e)")
                .param("id", id).param("b", body.name()).param("s", start).param("e", end).update();
        return id;
    }

    /** A decision extends (or ends, with an earlier date) a mandate; a rejected or postponed one changes nothing. */
    void apply(Sessions.DecisionView decision, LocalDate termEnd, Actor actor) {
        LocalDate previous = jdbc.sql("select term_end from governance.mandate where id = :id for update")
                .param("id", decision.subjectId()).query(LocalDate.class).optional()
                .orElseThrow(() -> new InvalidInputException("subjectId", "governance.error.unknownMandate"));
        if (!decision.outcome().adopted()) {
            return;
        }
        if (termEnd == null) {
            throw new InvalidInputException("termEnd", "validation.required");
        }
        jdbc.sql("update governance.mandate set term_end = :e where id = :id").param("e", termEnd)
                .param("id", decision.subjectId()).update();
        jdbc.sql("insert into governance.mandate_change (id, mandate_id, previous_end, new_end, decision_id) values (:id, :m, :p, :n, :d)")
                .param("id", UUID.randomUUID()).param("m", decision.subjectId()).param("p", previous).param("n", termEnd)
                .param("d", decision.id()).update();
        events.publishEvent(new GovernanceChanged("governance.mandateChanged", "mandate", decision.subjectId().toString(),
                previous + " -> " + termEnd, actor));
    }
}
