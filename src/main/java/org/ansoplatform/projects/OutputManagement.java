package org.ansoplatform.projects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.projects.reporting.OutputRow;
import org.ansoplatform.projects.reporting.OutputStore;
import org.ansoplatform.projects.reporting.ProjectFacts;
import org.ansoplatform.projects.reporting.ReportState;
import org.ansoplatform.projects.reporting.ReportStore;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.Doi;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.WebAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outputs reported with a progress report, linked rather than retyped: a meeting or training is the meetings
 * module's meeting (stored as {@code meetings:meeting:<id>}), a dataset or publication a record reference or a DOI.
 * Each falls in a reporting period within the project's dates; counts are never negative.
 */
@Service
public class OutputManagement {

    public static final int TITLE_MAX = 500;
    public static final int DESCRIPTION_MAX = 5_000;
    public static final int URL_MAX = 500;
    /** The longest DOI or record reference the output's columns hold. */
    public static final int REFERENCE_MAX = 200;

    private final OutputStore outputs;
    private final ReportStore reports;
    private final ReportManagement management;
    private final MeetingQueries meetings;
    private final CurrentActor actor;

    OutputManagement(OutputStore outputs, ReportStore reports, ReportManagement management, MeetingQueries meetings,
            CurrentActor actor) {
        this.outputs = outputs;
        this.reports = reports;
        this.management = management;
        this.meetings = meetings;
        this.actor = actor;
    }

    @Transactional
    public UUID add(UUID projectId, UUID reportId, UUID personId, OutputCommand command) {
        ProjectFacts project = management.ledBy(projectId, personId);
        ReportView report = reports.lock(projectId, reportId).orElseThrow(() -> new NotFoundException("report"));
        new ReportState(report.status()).edit();
        UUID id = UUID.randomUUID();
        outputs.insert(checked(id, project, report, command), actor.get().at());
        return id;
    }

    @Transactional
    public void remove(UUID projectId, UUID reportId, UUID personId, UUID outputId) {
        management.ledBy(projectId, personId);
        ReportView report = reports.lock(projectId, reportId).orElseThrow(() -> new NotFoundException("report"));
        new ReportState(report.status()).edit();
        if (outputs.delete(projectId, reportId, outputId) == 0) {
            throw new NotFoundException("output");
        }
    }

    private OutputRow checked(UUID id, ProjectFacts project, ReportView report, OutputCommand c) {
        List<Violation> violations = new ArrayList<>();
        if (c.kind() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        String ref = null;
        if (c.meetingId() != null) {
            if (c.kind() != OutputKind.MEETING && c.kind() != OutputKind.TRAINING) {
                violations.add(new Violation("meetingId", "projects.output.meetingNotForKind"));
            } else if (meetings.byId(c.meetingId()).isEmpty()) {
                violations.add(new Violation("meetingId", "projects.output.unknownMeeting"));
            } else {
                ref = RecordRef.of("meetings", "meeting", c.meetingId()).toString();
            }
        }
        String typedRef = TextInput.trim(c.recordRef());
        if (typedRef != null) {
            if (ref != null) {
                violations.add(new Violation("recordRef", "projects.output.twoLinks"));
            } else if (typedRef.length() > REFERENCE_MAX || !RecordRef.isValid(typedRef)) {
                violations.add(new Violation("recordRef", "projects.output.recordRefInvalid", typedRef));
            } else {
                ref = RecordRef.parse(typedRef).toString();
            }
        }
        String doi = TextInput.trim(c.doi());
        if (doi != null) {
            if (doi.length() > REFERENCE_MAX || !Doi.isValid(doi)) {
                violations.add(new Violation("doi", "projects.output.doiInvalid", doi));
            } else {
                doi = Doi.parse(doi).value();
            }
        }
        String url = TextInput.checkLine(c.url(), "url", URL_MAX, c.kind() == OutputKind.MEDIA, violations);
        if (url != null && !WebAddress.isValid(url)) {
            violations.add(new Violation("url", "projects.output.urlInvalid"));
        }
        Map<String, String> titles = new LinkedHashMap<>();
        if (c.title() != null) {
            c.title().values().forEach((language, text) -> {
                String t = TextInput.checkLine(text, "title", TITLE_MAX, false, violations);
                if (t != null) {
                    titles.put(language, t);
                }
            });
        }
        if (titles.isEmpty() && ref == null) {
            violations.add(new Violation("title", "projects.output.titleRequired"));
        }
        if (c.kind() == OutputKind.DATASET && ref == null && doi == null) {
            violations.add(new Violation("recordRef", "projects.output.datasetLink"));
        }
        Map<String, String> descriptions = new LinkedHashMap<>();
        if (c.description() != null) {
            c.description().values().forEach((language, text) -> {
                String t = TextInput.check(text, "description", DESCRIPTION_MAX, false, violations);
                if (t != null) {
                    descriptions.put(language, t);
                }
            });
        }
        var start = c.periodStart() == null ? report.periodStart() : c.periodStart();
        var end = c.periodEnd() == null ? report.periodEnd() : c.periodEnd();
        if (end.isBefore(start)) {
            violations.add(new Violation("periodEnd", "projects.output.periodOrder"));
        } else if (!project.covers(start) || !project.covers(end)) {
            violations.add(new Violation("periodStart", "projects.output.periodOutsideProject", project.start(), project.end()));
        }
        if (c.occurredOn() != null && !project.covers(c.occurredOn())) {
            violations.add(new Violation("occurredOn", "projects.output.periodOutsideProject", project.start(), project.end()));
        }
        nonNegative(c.beneficiaries(), "beneficiaries", violations);
        nonNegative(c.places(), "places", violations);
        if (c.kind() == OutputKind.BENEFICIARIES && c.beneficiaries() == null) {
            violations.add(new Violation("beneficiaries", "projects.output.beneficiariesRequired"));
        }
        Map<String, TraineeCount> trainees = new LinkedHashMap<>();
        for (OutputCommand.Trainees line : c.trainees() == null ? List.<OutputCommand.Trainees>of() : c.trainees()) {
            if (line == null || (TextInput.trim(line.country()) == null && line.count() == null)) {
                continue;
            }
            String country = TextInput.trim(line.country());
            if (country == null || !CountryCode.isValid(country.toUpperCase(java.util.Locale.ROOT))) {
                violations.add(new Violation("traineeCount", "projects.output.countryInvalid", country == null ? "" : country));
                continue;
            }
            if (line.count() == null || line.count() < 0) {
                violations.add(new Violation("traineeCount", "projects.output.negativeCount"));
                continue;
            }
            Gender gender = line.gender() == null ? Gender.UNKNOWN : line.gender();
            String code = country.toUpperCase(java.util.Locale.ROOT);
            if (line.count() > 0) {
                trainees.merge(code + gender, new TraineeCount(code, gender, line.count()),
                        (a, b) -> new TraineeCount(code, gender, a.count() + b.count()));
            }
        }
        LinkedHashSet<String> countries = new LinkedHashSet<>();
        for (String country : c.countries() == null ? List.<String>of() : c.countries()) {
            String code = TextInput.trim(country);
            if (code == null) {
                continue;
            }
            if (!CountryCode.isValid(code.toUpperCase(java.util.Locale.ROOT))) {
                violations.add(new Violation("countries", "projects.output.countryInvalid", code));
            } else {
                countries.add(code.toUpperCase(java.util.Locale.ROOT));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new OutputRow(id, project.id(), report.id(), c.kind(), LocalizedText.of(titles),
                LocalizedText.of(descriptions), start, end, c.occurredOn(), ref, doi, url, c.beneficiaries(), c.places(),
                List.copyOf(trainees.values()), List.copyOf(countries), c.published());
    }

    private static void nonNegative(Integer value, String field, List<Violation> violations) {
        if (value != null && value < 0) {
            violations.add(new Violation(field, "projects.output.negativeCount"));
        }
    }
}
