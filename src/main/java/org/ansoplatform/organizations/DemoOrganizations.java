package org.ansoplatform.organizations;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.Actor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, fills the directory from {@code demo/organizations.csv} (organizations named in ANSO's
 * newsletters and annual report). Adds only names not present yet, so later starts add nothing and edits
 * made on the site are kept.
 */
@Component
class DemoOrganizations {

    static final String RESOURCE = "demo/organizations.csv";

    /**
     * The sources (the 2021 newsletters and Annual Report) give each organization's standing at the end of 2021
     * and seldom since when: the directory records them as of then, so the status history, and the yearly figures
     * read from it, hold them in 2021 and not only from the day the demo loads.
     */
    static final Instant SOURCES_DATE = Instant.parse("2021-12-31T12:00:00Z");

    private static final Logger log = LoggerFactory.getLogger(DemoOrganizations.class);

    private final OrganizationManagement management;
    private final DemoMode demoMode;
    private final TransactionTemplate transactions;

    DemoOrganizations(OrganizationManagement management, DemoMode demoMode, TransactionTemplate transactions) {
        this.management = management;
        this.demoMode = demoMode;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void onReady() {
        if (demoMode.enabled()) {
            long started = System.nanoTime();
            int added = load();
            if (added > 0) {
                log.info("Demo data: registered {} organization(s) in {} ms", added, (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    /** Registers each organization of the file whose name is not taken; returns how many it added. */
    int load() {
        int added = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8);
                CSVParser rows = CSVParser.parse(reader, format)) {
            for (CSVRecord row : rows) {
                if (register(row)) {
                    added++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return added;
    }

    private boolean register(CSVRecord row) {
        String name = row.get("name");
        try {
            OrganizationCommand command = new OrganizationCommand(name, row.get("original_name"), row.get("country"),
                    OrganizationType.valueOf(row.get("type")), OrganizationStatus.valueOf(row.get("status")),
                    date(row.get("status_since")), row.get("website"), row.get("ror_id"));
            Boolean added = transactions.execute(status -> {
                if (management.nameTaken(name, null)) {
                    return false;
                }
                management.register(command, Actor.system(SOURCES_DATE));
                return true;
            });
            return Boolean.TRUE.equals(added);
        } catch (InvalidInputException | IllegalArgumentException | DateTimeParseException e) {
            log.warn("Demo data: skipped line {} ({}): {}", row.getRecordNumber() + 1, name, e.getMessage());
            return false;
        }
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
