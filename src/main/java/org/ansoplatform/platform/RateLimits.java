package org.ansoplatform.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rate limits of the actions that send mail to an address someone typed or create something anonymously
 * (decision 54): token buckets per client address and per target email, kept in PostgreSQL by Bucket4j so that
 * they hold across nodes. Keys are SHA-256 of action, kind and value: the table holds no address or email.
 */
@Component
public class RateLimits {

    /** What is limited; each has its own buckets. */
    public enum Action {
        REGISTRATION, PASSWORD_RESET, VERIFICATION_RESEND, REFEREE_INVITATION, MEETING_REGISTRATION, NEWSLETTER_SUBSCRIPTION
    }

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final ClientAddress client;
    private final BucketConfiguration perAddress;
    private final BucketConfiguration perEmail;

    RateLimits(DataSource dataSource, ClientAddress client, Clock clock,
            @Value("${anso.rate-limit.per-address:20}") long perAddress,
            @Value("${anso.rate-limit.per-email:5}") long perEmail,
            @Value("${anso.rate-limit.period:PT1H}") Duration period) {
        this.client = client;
        this.perAddress = configuration(perAddress, period);
        this.perEmail = configuration(perEmail, period);
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("platform.rate_limit").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                // the platform's clock, so that time moved in a test refills buckets too
                .clientClock(new TimeMeter() {
                    @Override
                    public long currentTimeNanos() {
                        return clock.millis() * 1_000_000L;
                    }

                    @Override
                    public boolean isWallClockBased() {
                        return true;
                    }
                })
                .build();
    }

    private static BucketConfiguration configuration(long capacity, Duration period) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
    }

    /**
     * Counts one attempt of the action from the current client address (if a request is being served) and to the
     * email (if given), or refuses it, counting nothing more, when either has used its allowance.
     */
    public void check(Action action, String email) {
        client.current().ifPresent(address -> take(action, "address", address, perAddress));
        if (email != null && !email.isBlank()) {
            take(action, "email", email.strip().toLowerCase(Locale.ROOT), perEmail);
        }
    }

    private void take(Action action, String kind, String value, BucketConfiguration configuration) {
        String key = LinkSecrets.hash(action.name() + "|" + kind + "|" + value);
        ConsumptionProbe probe = buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Buckets full again for a while are deleted; several nodes may do so at once (the delete skips locked rows). */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void removeExpired() {
        while (buckets.removeExpired(1000) == 1000) {
            // more to remove
        }
    }
}
