package org.ansoplatform.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.DataDirectory;
import org.ansoplatform.platform.DemoApplicantsCreated;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.platform.LinkSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode with {@code anso.demo.load-applicants=N}: N applicant accounts for load tests, made cheaply
 * (batched rows, no password so nobody signs in with one, no events), each with a fresh personal API token
 * on every start. The secrets go to {@code <data-dir>/load-tokens.csv} next to the person ids; the
 * calls module gives each account a complete draft (same ids, derived from the serial number). The synthetic
 * applicants of {@code --demo-applicants=N} get accounts too, sharing one precomputed hash of the demo password.
 */
@Component
class DemoLoadAccounts {

    static final String TOKENS_FILE = "load-tokens.csv";
    static final String TOKEN_NAME = "load test";
    private static final int BATCH = 1000;

    private static final Logger log = LoggerFactory.getLogger(DemoLoadAccounts.class);

    private final LoadAccountStore store;
    private final DemoMode demoMode;
    private final DataDirectory dataDirectory;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int count;

    DemoLoadAccounts(LoadAccountStore store, DemoMode demoMode, DataDirectory dataDirectory, TransactionTemplate transactions, Clock clock,
            @Value("${anso.demo.load-applicants:0}") int count) {
        this.store = store;
        this.demoMode = demoMode;
        this.dataDirectory = dataDirectory;
        this.transactions = transactions;
        this.clock = clock;
        this.count = count;
    }

    /** The id of load-test account number {@code serial} (from 1); the calls module derives the same. */
    static UUID id(int serial) {
        return UUID.nameUUIDFromBytes(("anso-load-applicant-" + serial).getBytes(StandardCharsets.UTF_8));
    }

    static String email(int serial) {
        return String.format("load-applicant-%05d@load.example.org", serial);
    }

    /**
     * The published demo password ({@link InitialAccounts#DEMO_PASSWORD}) hashed once, ahead of time: thousands
     * of synthetic applicants share it, so a start with {@code --demo-applicants=6000} hashes nothing, and outside
     * demo mode one statement finds them all to retire it.
     */
    static final String DEMO_APPLICANT_PASSWORD_HASH =
            "{argon2}$argon2id$v=19$m=16384,t=2,p=1$apXWfyNJpU9QillK6kQY3A$vb+B+272XS/OSJS/Cc5c1HORMVcIIpOGQJ04l/oZ2a0";

    /** Demo mode only: each synthetic applicant signs in with the demo password, to answer an offer in the demo. */
    @EventListener
    void on(DemoApplicantsCreated created) {
        if (demoMode.enabled()) {
            store.writeDemoApplicants(created.applicants(), DEMO_APPLICANT_PASSWORD_HASH, Timestamp.from(clock.instant()));
        }
    }

    /** Outside demo mode the synthetic applicants' shared password, which is published, signs no one in any more. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(15)
    void retire() {
        if (!demoMode.enabled()) {
            int retired = transactions.execute(status -> store.retireSharedPassword(DEMO_APPLICANT_PASSWORD_HASH));
            if (retired > 0) {
                log.warn("Demo mode is off: {} synthetic demo applicant account(s) lost the published demo password", retired);
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void create() {
        if (!demoMode.enabled() || count <= 0) {
            return;
        }
        long started = System.nanoTime();
        Timestamp now = Timestamp.from(clock.instant());
        List<String> lines = new ArrayList<>(count);
        for (int from = 1; from <= count; from += BATCH) {
            int to = Math.min(count, from + BATCH - 1);
            List<LoadAccountStore.LoadAccount> accounts = new ArrayList<>();
            for (int serial = from; serial <= to; serial++) {
                UUID id = id(serial);
                String secret = ApiTokenStore.newSecret();
                accounts.add(new LoadAccountStore.LoadAccount(id, email(serial), String.format("Load applicant %05d", serial),
                        LinkSecrets.hash(secret), ApiTokenStore.shownPrefix(secret)));
                lines.add(id + "," + secret);
            }
            transactions.executeWithoutResult(status -> store.write(accounts, TOKEN_NAME, now));
        }
        Path file = write(lines);
        log.info("Demo load accounts: {} applicant account(s) with fresh API tokens in {} ms, tokens in {}", count,
                (System.nanoTime() - started) / 1_000_000, file);
    }

    private Path write(List<String> lines) {
        Path target = dataDirectory.resolve(TOKENS_FILE);
        Path temporary = dataDirectory.resolve(TOKENS_FILE + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write("person_id,token\n");
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
