package org.ansoplatform.partnerships.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.AllianceRole;
import org.ansoplatform.partnerships.agreements.AgreementCommand;
import org.ansoplatform.partnerships.agreements.AgreementFilter;
import org.ansoplatform.partnerships.agreements.AgreementManagement;
import org.ansoplatform.partnerships.agreements.AgreementQueries;
import org.ansoplatform.partnerships.agreements.CommitmentManagement;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
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
 * The agreements the seeds name ({@code demo/partnerships/agreements.csv}, each line quoting its source), entered
 * through the module's own commands: those signed before the platform are recorded as signed, dated where the seeds
 * date them (the CCIG and Liaoning MoUs, linked to their signing ceremonies in the meetings catalogue) and undated
 * otherwise; the UNESCO application is in negotiation. Charoen Pokphand Produce, a party the directory lacks, is added
 * to it. Once, after the meetings and the projects, in one transaction.
 */
@Component
class DemoAgreements {

    static final String RESOURCE = "demo/partnerships/agreements.csv";

    /** Signed before the platform and recorded as it stands, or applied for and in negotiation. */
    enum State { RECORDED, APPLIED }

    static final String CPP = "Charoen Pokphand Produce Co., Ltd. (CPP)";
    private static final Logger log = LoggerFactory.getLogger(DemoAgreements.class);

    private final DemoMode demoMode;
    private final TransactionTemplate transactions;
    private final AgreementManagement agreements;
    private final CommitmentManagement commitments;
    private final AgreementQueries queries;
    private final OrganizationQueries organizations;
    private final OrganizationManagement directory;
    private final MeetingQueries meetings;
    private final Clock clock;

    DemoAgreements(DemoMode demoMode, TransactionTemplate transactions, AgreementManagement agreements,
            CommitmentManagement commitments, AgreementQueries queries, OrganizationQueries organizations,
            OrganizationManagement directory, MeetingQueries meetings, Clock clock) {
        this.demoMode = demoMode;
        this.transactions = transactions;
        this.agreements = agreements;
        this.commitments = commitments;
        this.queries = queries;
        this.organizations = organizations;
        this.directory = directory;
        this.meetings = meetings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(62)
    void onReady() {
        if (!demoMode.enabled()) {
            return;
        }
        Integer added = transactions.execute(status -> load());
        if (added != null && added > 0) {
            log.info("Demo data: {} agreement(s) from the seeds", added);
        }
    }

    private int load() {
        List<CSVRecord> rows = rows();
        String firstTitle = rows.get(0).get("title");
        if (queries.search(new AgreementFilter(firstTitle, null, null, null, null, null, null), org.ansoplatform.shared.PageRequest.of(0, 1))
                .total() > 0) {
            return 0;
        }
        Actor system = Actor.system(clock.instant());
        int added = 0;
        for (CSVRecord row : rows) {
            List<AgreementCommand.Party> parties = new ArrayList<>();
            for (String name : row.get("parties").split(";")) {
                parties.add(AgreementCommand.Party.of(organization(name.strip())));
            }
            AgreementCommand command = new AgreementCommand(AgreementKind.valueOf(row.get("kind")),
                    LocalizedText.of(Map.of("en", row.get("title"))), null, AllianceRole.valueOf(row.get("alliance")), parties,
                    List.of(), null, null, null, false, null, true);
            UUID id;
            if (State.valueOf(row.get("state")) == State.APPLIED) {
                id = agreements.propose(command, system);
                agreements.negotiate(id);
            } else {
                String signed = row.get("signed");
                id = agreements.record(command, signed.isBlank() ? null : LocalDate.parse(signed),
                        signingRef(row.get("signing_meeting"), signed), "From the seeds: " + row.get("source"), system);
            }
            if (!row.get("commitment").isBlank()) {
                commitments.add(id, LocalizedText.of(Map.of("en", row.get("commitment"))), null, "ANSO Secretariat", null, system);
            }
            added++;
        }
        return added;
    }

    private UUID organization(String name) {
        Optional<OrganizationView> known = organizations.byMention(name);
        if (known.isPresent()) {
            return known.get().id();
        }
        if (!CPP.equals(name)) {
            throw new IllegalStateException("The demo directory lacks " + name);
        }
        return directory.create(new OrganizationCommand(CPP, "บริษัท เจริญโภคภัณฑ์ โปรดิวซ์ จำกัด", "TH", OrganizationType.COMPANY, OrganizationStatus.PARTNER,
                null, null, null));
    }

    /** The signing ceremony of the meetings catalogue, by its title and day; none when the seeds name none. */
    private String signingRef(String title, String day) {
        if (title.isBlank() || day.isBlank()) {
            return null;
        }
        LocalDate date = LocalDate.parse(day);
        return meetings.all(new MeetingQueries.Filter(date.getYear(), null, null, null, null, true)).stream()
                .filter(m -> m.startDate().equals(date) && m.title().get("en").equals(title)).map(MeetingView::id).findFirst()
                .map(id -> "meetings:meeting:" + id).orElse(null);
    }

    private static List<CSVRecord> rows() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
