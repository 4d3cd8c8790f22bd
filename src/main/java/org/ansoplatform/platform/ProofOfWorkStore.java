package org.ansoplatform.platform;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signatures of solved challenges, kept until the challenge would have expired, so each is accepted once. */
@Repository
class ProofOfWorkStore {

    private final JdbcClient jdbc;

    ProofOfWorkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True if the signature was not used before; forgets signatures past their expiry on the way. */
    boolean markUsed(String signature, Instant now, Instant keepUntil) {
        jdbc.sql("delete from platform.used_proof where keep_until < :now").param("now", Timestamp.from(now)).update();
        return jdbc.sql("insert into platform.used_proof (signature, keep_until) values (:signature, :until) on conflict do nothing")
                .param("signature", signature).param("until", Timestamp.from(keepUntil)).update() == 1;
    }
}
