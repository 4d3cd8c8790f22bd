package org.ansoplatform.partnerships.technology;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.IntroductionStatus;
import org.ansoplatform.partnerships.IntroductionView;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Expressions of interest and the introductions they become, with every step. */
@Repository
public class IntroductionStore {

    public static final String COLUMNS = """
            id, technology_id, interested_organization, interested_person, message, status, owner_person, agreement_kind,
            created_at, introduced_at, updated_at, illustrative""";

    private final JdbcClient jdbc;

    IntroductionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the organization already expressed interest in the item (the unique key answers, under any race). */
    public boolean insert(UUID id, UUID technology, UUID organization, UUID person, String message, boolean illustrative,
            Instant at) {
        return jdbc.sql("""
                insert into partnerships.introduction (id, technology_id, interested_organization, interested_person, message,
                    status, created_at, updated_at, illustrative)
                values (:id, :technology, :organization, :person, :message, :status, :at, :at, :illustrative)
                on conflict (technology_id, interested_organization) do nothing""")
                .param("id", id).param("technology", technology).param("organization", organization).param("person", person)
                .param("message", message).param("status", IntroductionStatus.EXPRESSED.name())
                .param("illustrative", illustrative).param("at", Timestamp.from(at)).update() == 1;
    }

    public Optional<IntroductionView> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from partnerships.introduction where id = :id for update")
                .param("id", id).query(IntroductionStore::view).optional();
    }

    public void move(UUID id, IntroductionStatus to, UUID ownerPerson, AgreementKind kind, Instant at) {
        jdbc.sql("""
                update partnerships.introduction set status = :to, owner_person = coalesce(:owner, owner_person),
                    agreement_kind = coalesce(:kind, agreement_kind),
                    introduced_at = case when :introduced and introduced_at is null then cast(:at as timestamptz) else introduced_at end,
                    concluded_at = case when :concluded then cast(:at as timestamptz) else concluded_at end, updated_at = :at
                where id = :id""")
                .param("id", id).param("to", to.name()).param("owner", ownerPerson)
                .param("kind", kind == null ? null : kind.name()).param("introduced", to.introduced())
                .param("concluded", to == IntroductionStatus.AGREEMENT_SIGNED || to == IntroductionStatus.NO_DEAL)
                .param("at", Timestamp.from(at)).update();
    }

    public void step(UUID id, IntroductionStatus from, IntroductionStatus to, Actor actor, String reason) {
        jdbc.sql("""
                insert into partnerships.introduction_step (id, introduction_id, from_status, to_status, person_id, actor_name, at, reason)
                values (:step, :id, :from, :to, :person, :name, :at, :reason)""")
                .param("step", UUID.randomUUID()).param("id", id).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("person", actor.personId()).param("name", actor.name())
                .param("at", Timestamp.from(actor.at())).param("reason", reason == null ? "" : reason).update();
    }

    public static IntroductionView view(ResultSet rs, int n) throws SQLException {
        return new IntroductionView(Rows.uuid(rs, "id"), Rows.uuid(rs, "technology_id"), Rows.uuid(rs, "interested_organization"),
                Rows.uuid(rs, "interested_person"), rs.getString("message"),
                Rows.enumValue(rs, "status", IntroductionStatus.class), Rows.uuid(rs, "owner_person"),
                Rows.enumValue(rs, "agreement_kind", AgreementKind.class), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "introduced_at"), Rows.instant(rs, "updated_at"), rs.getBoolean("illustrative"));
    }
}
