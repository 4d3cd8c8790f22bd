package org.ansoplatform.publications.series;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.TestClock;
import org.ansoplatform.platform.PdfRenderer;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.Cadence;
import org.ansoplatform.publications.IssueCommand;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.SeriesCommand;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;

/** Series and issues entered through the module's commands, and PDFs rendered by the platform's renderer. */
public record SeriesFixtures(PublicationManagement management, TestClock clock) {

    public Actor editor() {
        return new Actor(null, "secretariat-test", null, clock.instant());
    }

    public UUID series(String title, SeriesKind kind, Cadence cadence, AccessPolicy policy, LocalDate start, List<UUID> editors,
            List<UUID> readers) {
        return management.createSeries(new SeriesCommand(kind, cadence, LocalizedText.of(title, "系列 " + title),
                LocalizedText.of(Map.of("en", "About " + title)), null, "No. {n}", List.of("en", "zh"), policy, false, start,
                null, editors, readers, List.of()), false, editor());
    }

    public static IssueCommand issue(int number, LocalDate date, String title) {
        return new IssueCommand(number, null, date, LocalizedText.of(title, "报告 " + title),
                LocalizedText.of(Map.of("en", "Abstract of " + title)), List.of(IssueCommand.Author.person("Li Wei",
                        "0000-0002-1825-0097", "Institute of Microbiology, CAS")), List.of("forecast"), List.of(3), List.of(),
                null, null, List.of(), List.of());
    }

    public UUID draft(UUID series, int number, LocalDate date, String title) {
        return management.draftIssue(series, issue(number, date, title), false, editor());
    }

    public UUID published(UUID series, int number, LocalDate date, String title) {
        UUID id = draft(series, number, date, title);
        management.publish(id, editor());
        return id;
    }

    public UUID attachPdf(PdfRenderer pdf, UUID issue, String language, String title, List<String> paragraphs) {
        byte[] bytes = pdf.render("publications/series/test-report", Map.of("title", title, "paragraphs", paragraphs),
                Locale.forLanguageTag(language));
        return management.attach(issue, language, "report-" + language + ".pdf", new ByteArrayInputStream(bytes), editor());
    }

    public static String word() {
        StringBuilder b = new StringBuilder("Zqx");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            b.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return b.toString();
    }
}
