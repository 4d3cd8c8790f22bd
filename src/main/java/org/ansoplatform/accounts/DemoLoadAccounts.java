package org.ansoplatform.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.DataDirectory;
import org.ansoplatform.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode with {@code anso.demo.load-applicants=N}: N applicant accounts for load tests, made cheaply
 * (batched rows, no password so nobody signs in with one, no events), each with a fresh personal API token
 * on every start. The secrets go to {@code <data-dir>/load-tokens.csv} next to the person ids; the
 * calls module gives each account a complete draft (same ids, derived from the serial number).
 */
@Component
class DemoLoadAccounts {

    static final String TOKENS_FILE = "load-tokens.csv";
    static final String TOKEN_NAME = "load test";
    private static final int BATCH = 1000;

    private static final Logger log = LoggerFactory.getLogger(DemoLoadAccounts.class);

    private final JdbcTemplate jdbc;
    private final DemoMode demoMode;
    private final DataDirectory dataDirectory;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int count;

    DemoLoadAccounts(JdbcTemplate jdbc, DemoMode demoMode, DataDirectory dataDirectory, TransactionTemplate transactions, Clock clock,
            @Value("${anso.demo.load-applicants:0}") int count) {
        this.jdbc = jdbc;
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
            List<Object[]> people = new ArrayList<>();
            List<Object[]> roles = new ArrayList<>();
            List<Object[]> tokens = new ArrayList<>();
            List<Object[]> owners = new ArrayList<>();
            for (int serial = from; serial <= to; serial++) {
                UUID id = id(serial);
                people.add(new Object[] {id, email(serial), String.format("Load applicant %05d", serial), now, now});
                roles.add(new Object[] {id});
                owners.add(new Object[] {id});
                String secret = ApiTokens.PREFIX + Secrets.generate();
                tokens.add(new Object[] {UUID.randomUUID(), id, Secrets.hash(secret), secret.substring(0, 10), now});
                lines.add(id + "," + secret);
            }
            transactions.executeWithoutResult(status -> {
                jdbc.batchUpdate("""
                        insert into accounts.person (id, email, display_name, password_hash, status, language, created_at, email_verified_at, version)
                        values (?, ?, ?, null, 'ACTIVE', 'en', ?, ?, 0) on conflict do nothing""", people,
                        new int[] {Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP});
                jdbc.batchUpdate("insert into accounts.person_role (person_id, role) values (?, 'APPLICANT') on conflict do nothing", roles,
                        new int[] {Types.OTHER});
                jdbc.batchUpdate("delete from accounts.api_token where person_id = ? and name = '" + TOKEN_NAME + "'", owners,
                        new int[] {Types.OTHER});
                jdbc.batchUpdate("""
                        insert into accounts.api_token (id, person_id, name, token_hash, prefix, created_at)
                        values (?, ?, '""" + TOKEN_NAME + "', ?, ?, ?)", tokens,
                        new int[] {Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP});
            });
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
