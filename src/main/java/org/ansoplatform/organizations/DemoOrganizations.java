package org.ansoplatform.organizations;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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

    private static final Logger log = LoggerFactory.getLogger(DemoOrganizations.class);

    private final OrganizationManagement management;
    private final DemoMode demoMode;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoOrganizations(OrganizationManagement management, DemoMode demoMode, TransactionTemplate transactions,
            Clock clock) {
        this.management = management;
        this.demoMode = demoMode;
        this.transactions = transactions;
        this.clock = clock;
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
                management.register(command, Actor.system(clock.instant()));
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
