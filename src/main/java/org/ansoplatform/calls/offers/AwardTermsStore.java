package org.ansoplatform.calls.offers;

import java.sql.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.AwardTerms;
import org.ansoplatform.calls.StipendPeriod;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The terms of a call's awards per track, and the verification codes of offer letters. */
@Repository
class AwardTermsStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AwardTermsStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<AwardTerms> of(UUID callId) {
        return jdbc.sql("select * from calls.award_terms where call_id = :call order by track").param("call", callId)
                .query((rs, n) -> new AwardTerms(rs.getString("track"), rs.getBigDecimal("stipend_amount"),
                        rs.getString("stipend_currency"), Rows.enumValue(rs, "stipend_period", StipendPeriod.class),
                        rs.getObject("starts_on", java.time.LocalDate.class),
                        json.readValue(rs.getString("covers"), LocalizedText.class)))
                .list();
    }

    /** Replaces every track's terms of the call at once: the form shows them together. */
    void replace(UUID callId, List<AwardTerms> terms) {
        jdbc.sql("delete from calls.award_terms where call_id = :call").param("call", callId).update();
        for (AwardTerms t : terms) {
            if (t.isEmpty()) {
                continue;
            }
            jdbc.sql("""
                    insert into calls.award_terms (call_id, track, stipend_amount, stipend_currency, stipend_period, starts_on, covers)
                    values (:call, :track, :amount, :currency, :period, :starts, :covers::jsonb)""")
                    .param("call", callId).param("track", t.track()).param("amount", t.stipendAmount())
                    .param("currency", t.stipendCurrency())
                    .param("period", t.stipendPeriod() == null ? null : t.stipendPeriod().name())
                    .param("starts", t.startsOn() == null ? null : Date.valueOf(t.startsOn()))
                    .param("covers", json.writeValueAsString(t.covers())).update();
        }
    }

    /** The letter's code, given once: a second printing (or a racing one) reads the code the first one stored. */
    String verificationCode(UUID offerId, String candidate) {
        jdbc.sql("update calls.offer set verification_code = :code where id = :id and verification_code is null")
                .param("code", candidate).param("id", offerId).update();
        return jdbc.sql("select verification_code from calls.offer where id = :id").param("id", offerId).query(String.class).single();
    }

    Optional<UUID> offerWithCode(String code) {
        return jdbc.sql("select id from calls.offer where verification_code = :code").param("code", code).query(UUID.class).optional();
    }
}
