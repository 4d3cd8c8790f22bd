package org.ansoplatform.publications.series.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.Cadence;
import org.ansoplatform.publications.IssueCommand;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.SeriesCommand;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.publications.series.SeriesStore;
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
 * The series the seeds name ({@code demo/publications/series.csv}, each line quoting its source), through the
 * module's commands: the three advisory series with 13, 10 and 39 published issues (62 reports up to 2021; their
 * titles and dates are illustrative, the seeds giving only counts), restricted to the Chinese Academy of Sciences;
 * the yearly book, the two magazines (part F composes their issues), the newsletter series (part N's newsletters are
 * its issues) and the annual report series, without issues. Once, after the other modules' demo data.
 */
@Component
class DemoSeries {

    static final String RESOURCE = "demo/publications/series.csv";
    static final String NOTE = "Illustrative: the seeds give only counts (%s).";
    private static final Logger log = LoggerFactory.getLogger(DemoSeries.class);

    private final DemoMode demoMode;
    private final TransactionTemplate transactions;
    private final PublicationManagement management;
    private final SeriesStore series;
    private final OrganizationQueries organizations;
    private final Clock clock;

    DemoSeries(DemoMode demoMode, TransactionTemplate transactions, PublicationManagement management, SeriesStore series,
            OrganizationQueries organizations, Clock clock) {
        this.demoMode = demoMode;
        this.transactions = transactions;
        this.management = management;
        this.series = series;
        this.organizations = organizations;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(70)
    void onReady() {
        if (!demoMode.enabled()) {
            return;
        }
        Integer added = transactions.execute(status -> load());
        if (added != null && added > 0) {
            log.info("Demo data: {} publication series from the seeds", added);
        }
    }

    private int load() {
        List<CSVRecord> rows = rows();
        if (series.byEnglishTitle(rows.get(0).get("title_en")).isPresent()) {
            return 0;
        }
        Actor system = Actor.system(clock.instant());
        for (CSVRecord row : rows) {
            int count = Integer.parseInt(row.get("issues"));
            String source = row.get("source");
            List<UUID> recipients = row.get("recipient").isBlank() ? List.of()
                    : organizations.byMention(row.get("recipient")).map(OrganizationView::id).stream().toList();
            SeriesKind kind = SeriesKind.valueOf(row.get("kind"));
            String description = count > 0 ? NOTE.formatted(source) : "From the seeds: " + source;
            UUID id = management.createSeries(new SeriesCommand(kind, Cadence.valueOf(row.get("cadence")),
                    LocalizedText.of(row.get("title_en"), row.get("title_zh")), LocalizedText.of(Map.of("en", description)),
                    null, "No. {n}", List.of("en", "zh"), AccessPolicy.valueOf(row.get("access")),
                    Boolean.parseBoolean(row.get("title_public")), date(row.get("start")), date(row.get("end")), List.of(),
                    List.of(), recipients), count > 0, system);
            for (int n = 1; n <= count; n++) {
                LocalDate day = issueDate(Cadence.valueOf(row.get("cadence")), LocalDate.parse(row.get("first_issue")), n);
                UUID issue = management.draftIssue(id, new IssueCommand(n, null, day,
                        LocalizedText.of(row.get("title_en") + " No. " + n + " (illustrative title)",
                                row.get("title_zh") + " 第" + n + "期（示例标题）"),
                        LocalizedText.of(Map.of("en", NOTE.formatted(source))), List.of(IssueCommand.Author.organization(
                                "Alliance of International Science Organizations (ANSO)", null, null)), List.of("illustrative"),
                        List.of(3), List.of(), null, null, List.of(), List.of()), true, system);
                management.publish(issue, system);
            }
        }
        return rows.size();
    }

    /** Weekly and monthly issues follow their cadence; the irregular advisory reports come about every seven weeks. */
    static LocalDate issueDate(Cadence cadence, LocalDate first, int n) {
        return switch (cadence) {
            case WEEKLY -> first.plusWeeks(n - 1);
            case MONTHLY -> first.plusMonths(n - 1);
            default -> first.plusDays(50L * (n - 1));
        };
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
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
