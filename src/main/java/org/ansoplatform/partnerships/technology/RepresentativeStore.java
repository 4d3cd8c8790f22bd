package org.ansoplatform.partnerships.technology;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.partnerships.RepresentativeStatus;
import org.ansoplatform.partnerships.RepresentativeView;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who speaks for which organization, and the Secretariat's answers. */
@Repository
public class RepresentativeStore {

    private static final String COLUMNS = "id, person_id, organization_id, status, position, phone, reason, requested_at, decided_at";

    private final JdbcClient jdbc;

    RepresentativeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID person, UUID organization, String position, String phone, Instant at) {
        jdbc.sql("""
                insert into partnerships.representative (id, person_id, organization_id, status, position, phone, requested_at)
                values (:id, :person, :organization, :status, :position, :phone, :at)""")
                .param("id", id).param("person", person).param("organization", organization)
                .param("status", RepresentativeStatus.REQUESTED.name()).param("position", position).param("phone", phone)
                .param("at", Timestamp.from(at)).update();
    }

    public Optional<RepresentativeView> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from partnerships.representative where id = :id for update")
                .param("id", id).query(RepresentativeStore::view).optional();
    }

    public void decide(UUID id, RepresentativeStatus status, String reason, UUID by, Instant at) {
        jdbc.sql("""
                update partnerships.representative set status = :status, reason = :reason, decided_by = :by,
                    decided_at = :at, ended_at = case when :ended then cast(:at as timestamptz) else ended_at end
                where id = :id""")
                .param("id", id).param("status", status.name()).param("reason", reason).param("by", by)
                .param("at", Timestamp.from(at)).param("ended", status == RepresentativeStatus.ENDED).update();
    }

    /** Requested or confirmed for this person and organization. */
    public boolean open(UUID person, UUID organization) {
        return jdbc.sql("""
                select count(*) from partnerships.representative where person_id = :person and organization_id = :organization
                and status in (:requested, :confirmed)""")
                .param("person", person).param("organization", organization)
                .param("requested", RepresentativeStatus.REQUESTED.name())
                .param("confirmed", RepresentativeStatus.CONFIRMED.name()).query(Long.class).single() > 0;
    }

    public List<RepresentativeView> ofPerson(UUID person) {
        return jdbc.sql("select " + COLUMNS + " from partnerships.representative where person_id = :person order by requested_at desc")
                .param("person", person).query(RepresentativeStore::view).list();
    }

    public List<RepresentativeView> withStatus(RepresentativeStatus status) {
        return jdbc.sql("select " + COLUMNS + " from partnerships.representative where status = :status order by requested_at")
                .param("status", status.name()).query(RepresentativeStore::view).list();
    }

    /** The confirmed representatives of an organization, earliest first: the first is its contact. */
    public List<RepresentativeView> confirmed(UUID organization) {
        return jdbc.sql("""
                select %s from partnerships.representative where organization_id = :organization and status = :confirmed
                order by decided_at, requested_at""".formatted(COLUMNS))
                .param("organization", organization).param("confirmed", RepresentativeStatus.CONFIRMED.name())
                .query(RepresentativeStore::view).list();
    }

    static RepresentativeView view(ResultSet rs, int n) throws SQLException {
        return new RepresentativeView(Rows.uuid(rs, "id"), Rows.uuid(rs, "person_id"), Rows.uuid(rs, "organization_id"),
                Rows.enumValue(rs, "status", RepresentativeStatus.class), rs.getString("position"), rs.getString("phone"),
                rs.getString("reason"), Rows.instant(rs, "requested_at"), Rows.instant(rs, "decided_at"));
    }
}
