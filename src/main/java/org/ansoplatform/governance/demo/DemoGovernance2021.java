package org.ansoplatform.governance.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.ApplicationState;
import org.ansoplatform.governance.ApplicationStep;
import org.ansoplatform.governance.ApplicationView;
import org.ansoplatform.governance.AssociationCommand;
import org.ansoplatform.governance.AssociationManagement;
import org.ansoplatform.governance.AssociationState;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.DecisionCommand;
import org.ansoplatform.governance.DecisionSubject;
import org.ansoplatform.governance.MandateManagement;
import org.ansoplatform.governance.Outcome;
import org.ansoplatform.governance.SessionCommand;
import org.ansoplatform.governance.SessionManagement;
import org.ansoplatform.governance.SessionMode;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.governance.SessionStatus;
import org.ansoplatform.governance.SessionView;
import org.ansoplatform.governance.SubjectType;
import org.ansoplatform.governance.membership.MembershipApplicationStore;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.DemoHistoryStep;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's 2021 history of the Board (issue 24), after {@link DemoGovernance}: a seat for each of the Board's 9 member
 * organizations (the six the seeds do not name are illustrative), the 22 applications endorsed by earlier Board
 * meetings (illustrative, endorsed at the 3rd meeting of 9 November 2020, the last before 2021), 15 illustrative
 * associations approved in 2021 (19 with the seeds' four), and the illustrative {@link #SESSION_2022} of
 * {@link #SESSION_2022_DATE} that approves the 2022 budget plan (finance's decision subject); the Annual Report's demo
 * freezes the 2021 edition by another decision of that session. One transaction; the 2022 session is the marker.
 */
@Component
class DemoGovernance2021 implements DemoHistoryStep {

    static final String SESSION_2022 = "5th ANSO Governing Board Meeting (illustrative)";
    static final LocalDateTime SESSION_2022_DATE = LocalDateTime.of(2022, 3, 15, 15, 0);
    static final String BOARD_3 = "3rd ANSO Governing Board Meeting";
    static final String ZONE = "Asia/Shanghai";
    static final int EARLIER_ENDORSED = 22;
    static final int ASSOCIATIONS_2021 = 15;

    private final SessionManagement sessions;
    private final SessionQueries sessionQueries;
    private final MandateManagement mandates;
    private final AssociationManagement associations;
    private final MembershipApplicationStore applications;
    private final OrganizationQueries organizations;
    private final DemoGovernanceStore store;
    private final TransactionTemplate transactions;

    DemoGovernance2021(SessionManagement sessions, SessionQueries sessionQueries, MandateManagement mandates,
            AssociationManagement associations, MembershipApplicationStore applications, OrganizationQueries organizations,
            DemoGovernanceStore store, TransactionTemplate transactions) {
        this.sessions = sessions;
        this.sessionQueries = sessionQueries;
        this.mandates = mandates;
        this.associations = associations;
        this.applications = applications;
        this.organizations = organizations;
        this.store = store;
        this.transactions = transactions;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void run() {
        transactions.executeWithoutResult(status -> {
            if (session(SESSION_2022).isPresent()) {
                return;
            }
            seats();
            session(BOARD_3).ifPresent(this::earlierEndorsements);
            associations();
            session2022();
        });
    }

    /** A seat since the founding for each illustrative member (the seeds' three have theirs from {@link DemoGovernance}). */
    private void seats() {
        List<UUID> seated = store.seatedOnBoard();
        List<UUID> illustrative = new ArrayList<>();
        for (OrganizationView member : organizations.search(new OrganizationQueries.Filter(null, null, null, OrganizationStatus.MEMBER),
                new PageRequest(0, 50)).items()) {
            if (!seated.contains(member.id()) && member.name().endsWith("(illustrative member)")) {
                illustrative.add(mandates.addSeat(Body.BOARD, member.id(), LocalDate.of(2018, 11, 4), null));
            }
        }
        store.markSeats(illustrative);
    }

    private void earlierEndorsements(SessionView board3) {
        Actor at = during(board3.startsAt());
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < EARLIER_ENDORSED; i++) {
            String[] country = EARLIER_COUNTRIES[i];
            String name = "Research institution of " + country[1] + " no. " + (i / EARLIER_COUNTRIES.length + 1) + " (illustrative)";
            UUID id = UUID.nameUUIDFromBytes(("anso-demo-endorsed-2020-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Instant submitted = at.at().minusSeconds(86_400L * (30 + 20 * i));
            applications.insert(new ApplicationView(id, id, name, null, country[0], OrganizationType.RESEARCH_INSTITUTE, null,
                    "ANSO Secretariat", "secretariat@example.org",
                    "Illustrative: one of the 22 applications endorsed by earlier Board meetings (Annual Report 2021).", List.of(),
                    ApplicationState.COMPLETE, null, null, null, null, submitted, submitted));
            applications.addStep(id, new ApplicationStep(submitted, null, "COMPLETE", ApplicationState.COMPLETE,
                    "Illustrative record.", null));
            sessions.recordDecision(board3.id(), new DecisionCommand("Endorsed the application of " + name
                    + " to join ANSO (illustrative).", Outcome.ADOPTED_BY_CONSENSUS, SubjectType.APPLICATION, id, null, null),
                    Actor.system(at.at().plusSeconds(3600 + 60L * i)));
            ids.add(id);
        }
        store.markApplications(ids);
    }

    private void associations() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < ASSOCIATIONS_2021; i++) {
            String[] theme = THEMES[i];
            Actor at = Actor.system(LocalDateTime.of(2021, 1 + (i * 11) / ASSOCIATIONS_2021, 10 + i, 10, 0).atZone(ZoneId.of(ZONE)).toInstant());
            ids.add(associations.record(new AssociationCommand("ANSO-IL" + String.format("%02d", i + 1),
                    "ANSO Alliance on " + theme[0] + " (illustrative)", "Not named in the source",
                    "Illustrative: one of the associations the Annual Report 2021 counts without naming (19 by the end of 2021).",
                    null, null, null, null, org.ansoplatform.governance.ScienceField.valueOf(theme[1]), null, List.of()),
                    AssociationState.APPROVED, at));
        }
        store.markAssociations(ids);
    }

    /** The illustrative 2022 session; its decision approves the 2022 budget plan if finance offers it. */
    private void session2022() {
        Actor at = during(SESSION_2022_DATE);
        UUID session = sessions.create(new SessionCommand(Body.BOARD, SESSION_2022, SESSION_2022_DATE, ZONE, SessionMode.ONLINE, null),
                SessionStatus.HELD, at);
        sessions.addAgendaItem(session, "Budget plan 2022", List.of());
        sessions.addAgendaItem(session, "ANSO Annual Report 2021", List.of());
        Optional<DecisionSubject> plan = sessionQueries.recordSubjects(Body.BOARD, Locale.ENGLISH).stream()
                .filter(subject -> subject.ref().module().equals("finance") && subject.title().contains("2022")).findFirst();
        plan.ifPresent(subject -> sessions.recordDecision(session, DecisionCommand.about(subject.ref(),
                "Approved the budget plan 2022 (illustrative session).", Outcome.ADOPTED_BY_CONSENSUS, null), at));
    }

    private Optional<SessionView> session(String title) {
        return sessionQueries.list().stream().filter(s -> s.body() == Body.BOARD && s.title().equals(title)).findFirst();
    }

    private static Actor during(LocalDateTime start) {
        return Actor.system(start.atZone(ZoneId.of(ZONE)).toInstant());
    }

    private static final String[][] EARLIER_COUNTRIES = {{"NP", "Nepal"}, {"BD", "Bangladesh"}, {"MN", "Mongolia"}, {"KG", "Kyrgyzstan"},
            {"TJ", "Tajikistan"}, {"UZ", "Uzbekistan"}, {"EG", "Egypt"}, {"ET", "Ethiopia"}, {"GH", "Ghana"}, {"NG", "Nigeria"},
            {"TZ", "Tanzania"}, {"ZA", "South Africa"}, {"CL", "Chile"}, {"PE", "Peru"}, {"MX", "Mexico"}, {"VN", "Viet Nam"},
            {"MY", "Malaysia"}, {"ID", "Indonesia"}, {"PH", "Philippines"}, {"IR", "Iran"}, {"TR", "Türkiye"}, {"BY", "Belarus"}};

    private static final String[][] THEMES = {{"Climate Change Adaptation", "NATURAL_SCIENCES"},
            {"Water Security", "ENGINEERING_AND_TECHNOLOGY"}, {"Mountain Ecosystems", "NATURAL_SCIENCES"},
            {"Infectious Disease Research", "MEDICAL_AND_HEALTH_SCIENCES"}, {"Digital Agriculture", "AGRICULTURAL_AND_VETERINARY_SCIENCES"},
            {"Renewable Energy", "ENGINEERING_AND_TECHNOLOGY"}, {"Marine Science", "NATURAL_SCIENCES"},
            {"Traditional Medicine", "MEDICAL_AND_HEALTH_SCIENCES"}, {"Disaster Risk Reduction", "ENGINEERING_AND_TECHNOLOGY"},
            {"Space Science", "NATURAL_SCIENCES"}, {"Science Education", "SOCIAL_SCIENCES"}, {"Biodiversity Informatics", "NATURAL_SCIENCES"},
            {"Soil Health", "AGRICULTURAL_AND_VETERINARY_SCIENCES"}, {"Urban Sustainability", "SOCIAL_SCIENCES"},
            {"Cultural Heritage Science", "HUMANITIES_AND_THE_ARTS"}};
}
