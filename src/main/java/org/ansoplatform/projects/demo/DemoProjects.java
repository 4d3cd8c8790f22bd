package org.ansoplatform.projects.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ansoplatform.meetings.MeetingCommand;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.Organizer;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.projects.demo.DemoProjectsFile.Institution;
import org.ansoplatform.projects.demo.DemoProjectsFile.Meeting;
import org.ansoplatform.projects.demo.DemoProjectsFile.MeetingRef;
import org.ansoplatform.projects.demo.DemoProjectsFile.Project;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.RecordRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * In demo mode, the seeds' five cooperation projects from {@code demo/projects/cooperation-projects.json}: after
 * the directory (order 20), so partners are its institutions, the ones it lacks registered as partners of ANSO
 * through {@link OrganizationManagement}; after the meetings of 2021 (order 30), so outputs link the meetings
 * already imported, and the trainings the seeds mention without a date are created through
 * {@link MeetingManagement}. Each project is written once, found again by its code, so a restart adds nothing.
 */
@Component
class DemoProjects {

    static final String RESOURCE = "demo/projects/cooperation-projects.json";

    /** The Annual Report 2021 tells what it tells as of the year's end: the platform records it then. */
    static final Instant SOURCES_DATE = Instant.parse("2021-12-31T12:00:00Z");

    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DemoMode demoMode;
    private final TransactionTemplate transactions;
    private final OrganizationQueries organizations;
    private final OrganizationManagement organizationManagement;
    private final MeetingQueries meetings;
    private final MeetingManagement meetingManagement;
    private final DemoProjectWriter writer;

    DemoProjects(DemoMode demoMode, TransactionTemplate transactions, OrganizationQueries organizations,
            OrganizationManagement organizationManagement, MeetingQueries meetings, MeetingManagement meetingManagement,
            DemoProjectWriter writer) {
        this.demoMode = demoMode;
        this.transactions = transactions;
        this.organizations = organizations;
        this.organizationManagement = organizationManagement;
        this.meetings = meetings;
        this.meetingManagement = meetingManagement;
        this.writer = writer;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(50)
    void onReady() {
        if (!demoMode.enabled()) {
            return;
        }
        DemoProjectsFile file = read();
        List<Project> pending = file.projects().stream().filter(p -> !writer.exists(p.code())).toList();
        if (pending.isEmpty()) {
            // what the site changed since (a training removed, an institution renamed) stays as the site left it
            return;
        }
        int institutions = 0;
        for (Institution institution : file.institutions()) {
            if (register(institution)) {
                institutions++;
            }
        }
        int created = 0;
        for (Meeting meeting : file.meetings()) {
            if (find(new MeetingRef(meeting.kind(), meeting.title().get("en"), meeting.start())).isEmpty()) {
                meetingManagement.create(command(meeting), Actor.system(SOURCES_DATE));
                created++;
            }
        }
        int projects = 0;
        for (Project project : pending) {
            try {
                Boolean added = transactions.execute(status -> load(project));
                if (Boolean.TRUE.equals(added)) {
                    projects++;
                }
            } catch (InvalidInputException refused) {
                // the module refused the file's project (a code the site gave another project, a date the lifecycle
                // does not allow): nothing of it is written, the others still are, and the site still starts
                log.error("Demo data: project {} refused: {}", project.code(), refused.violations());
            }
        }
        if (institutions + created + projects > 0) {
            log.info("Demo data: {} cooperation project(s), {} institution(s) and {} training(s) added", projects,
                    institutions, created);
        }
    }

    static DemoProjectsFile read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JSON.readValue(in, DemoProjectsFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /**
     * Registers an institution the directory lacks, as a partner of ANSO since the sources' date (as the demo
     * directory is, decision 123). No ROR id: none could be checked offline, and a wrong one is worse than none.
     */
    private boolean register(Institution institution) {
        if (directory().containsKey(key(institution.name()))) {
            return false;
        }
        organizationManagement.create(new OrganizationCommand(institution.name(), institution.originalName(),
                institution.country(), institution.type(), OrganizationStatus.PARTNER,
                LocalDate.ofInstant(SOURCES_DATE, ZoneOffset.UTC), null, null));
        return true;
    }

    private boolean load(Project project) {
        if (writer.exists(project.code())) {
            return false;
        }
        Map<String, OrganizationView> directory = directory();
        Optional<String> missing = project.partners().stream().map(p -> p.organization())
                .filter(name -> !directory.containsKey(key(name))).findFirst();
        if (missing.isPresent()) {
            // a directory entry renamed or removed on the site: the project waits rather than lose a partner
            log.warn("Demo data: project {} left out, the directory has no {}", project.code(), missing.get());
            return false;
        }
        writer.write(project, name -> directory.get(key(name)), this::recordOf);
        return true;
    }

    private Optional<String> recordOf(MeetingRef ref) {
        Optional<MeetingView> meeting = find(ref);
        if (meeting.isEmpty()) {
            log.warn("Demo data: no meeting \"{}\" on {}; the output links none", ref.title(), ref.start());
        }
        return meeting.map(m -> RecordRef.of("meetings", "meeting", m.id()).toString());
    }

    /** A meeting of the catalogue by kind, English title and first day (published or not). */
    private Optional<MeetingView> find(MeetingRef ref) {
        return meetings.all(new MeetingQueries.Filter(ref.start().getYear(), ref.kind(), null, null, null, true)).stream()
                .filter(m -> m.startDate().equals(ref.start()) && m.title().get("en").equals(ref.title()))
                .findFirst();
    }

    private static MeetingCommand command(Meeting m) {
        List<Organizer> organizers = m.organizers().stream().map(name -> new Organizer(null, name)).toList();
        return new MeetingCommand(m.kind(), m.title(), m.description(), m.start(), m.end(), null, null, m.timeZone(),
                m.mode(), null, null, null, null, organizers, m.themes(), true, false, null, null, false, false, List.of(),
                // a project's training is paid from its grant: the cooperation programme's, not capacity building's
                "cooperation");
    }

    private Map<String, OrganizationView> directory() {
        return organizations.all().stream()
                .collect(Collectors.toMap(o -> key(o.name()), Function.identity(), (a, b) -> a));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Noon UTC of a day the seeds (or the illustrative plan) date something by. */
    static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
