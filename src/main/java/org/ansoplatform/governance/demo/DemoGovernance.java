package org.ansoplatform.governance.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.governance.ApplicationState;
import org.ansoplatform.governance.ApplicationStep;
import org.ansoplatform.governance.ApplicationView;
import org.ansoplatform.governance.ArticleView;
import org.ansoplatform.governance.AssociationCommand;
import org.ansoplatform.governance.AssociationManagement;
import org.ansoplatform.governance.AssociationQueries;
import org.ansoplatform.governance.AssociationState;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.DecisionCommand;
import org.ansoplatform.governance.DelegateManagement;
import org.ansoplatform.governance.MandateManagement;
import org.ansoplatform.governance.Office;
import org.ansoplatform.governance.Outcome;
import org.ansoplatform.governance.ScienceField;
import org.ansoplatform.governance.SessionCommand;
import org.ansoplatform.governance.SessionManagement;
import org.ansoplatform.governance.SessionMode;
import org.ansoplatform.governance.SessionStatus;
import org.ansoplatform.governance.StatuteManagement;
import org.ansoplatform.governance.StatuteQueries;
import org.ansoplatform.governance.SubjectType;
import org.ansoplatform.governance.membership.MembershipApplicationStore;
import org.ansoplatform.governance.sessions.SessionStore;
import org.ansoplatform.governance.statutes.StatuteStore;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.PageRequest;
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
 * In demo mode, once: the 3rd (9 November 2020) and 4th (9 October 2021, online) Governing Board meetings with
 * their decisions, the postponed 2nd General Assembly, the eight applications endorsed on 9 October 2021, the
 * officers and associations the seeds name, an illustrative text of the Statutes (the seeds cite Article 8.3
 * without quoting it) with the Article 8.3 amendment the Board endorsed, and the demo representative as
 * delegate of the Pakistan Academy of Sciences.
 */
@Component
class DemoGovernance {

    static final String REPRESENTATIVE = "representative@example.org";
    static final String REPRESENTED = "Pakistan Academy of Sciences (PAS)";
    static final List<String> ENDORSED_2021 = List.of(
            "Experimental Technology Research University Yachay Tech",
            "Cuban Academy of Sciences",
            "Institute of International Politics and Economics (IIPE)",
            "Instituto Argentino de Radioastronomía (IAR)",
            "Buenos Aires Faculty - National Technological University of Argentina (UTN-FRBA)",
            "Universidad Nacional de San Juan",
            "Universiti Tunku Abdul Rahman (UTAR)",
            "Instituto de Astrofísica de Canarias (IAC)");

    private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);

    private final DemoMode demoMode;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SessionManagement sessions;
    private final SessionStore sessionStore;
    private final MembershipApplicationStore applications;
    private final StatuteManagement statutes;
    private final StatuteQueries statuteQueries;
    private final StatuteStore statuteStore;
    private final MandateManagement mandates;
    private final AssociationManagement associations;
    private final AssociationQueries associationQueries;
    private final DelegateManagement delegates;
    private final OrganizationQueries organizations;
    private final AccountQueries accounts;
    private int recorded;

    DemoGovernance(DemoMode demoMode, TransactionTemplate transactions, Clock clock, SessionManagement sessions,
            SessionStore sessionStore, MembershipApplicationStore applications, StatuteManagement statutes,
            StatuteQueries statuteQueries, StatuteStore statuteStore, MandateManagement mandates,
            AssociationManagement associations, AssociationQueries associationQueries, DelegateManagement delegates,
            OrganizationQueries organizations, AccountQueries accounts) {
        this.demoMode = demoMode;
        this.transactions = transactions;
        this.clock = clock;
        this.sessions = sessions;
        this.sessionStore = sessionStore;
        this.applications = applications;
        this.statutes = statutes;
        this.statuteQueries = statuteQueries;
        this.statuteStore = statuteStore;
        this.mandates = mandates;
        this.associations = associations;
        this.associationQueries = associationQueries;
        this.delegates = delegates;
        this.organizations = organizations;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    void onReady() {
        if (!demoMode.enabled()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            if (statuteQueries.current().isEmpty()) {
                load(Actor.system(clock.instant()));
                log.info("Demo data: governance sessions, decisions, applications, statutes and associations");
            }
        });
    }

    private void load(Actor actor) {
        Optional<UUID> representative = accounts.idOf(REPRESENTATIVE);
        Optional<UUID> represented = organization(REPRESENTED);
        if (representative.isPresent() && represented.isPresent()) {
            delegates.appoint(representative.get(), represented.get(), actor);
        }

        UUID version1 = statutes.createVersion(1, LocalDate.of(2018, 11, 4),
                "Illustrative text: the seeds cite the Statutes and Article 8.3 but do not quote them", statuteArticles());
        UUID article83 = UUID.randomUUID();
        statuteStore.insertAmendment(article83, version1, new ArticleView("8.3", 0, "Term",
                        "The members of the Governing Board serve a term of two years ending at the ordinary session of the General Assembly. When the General Assembly cannot meet, the Governing Board may extend its own term until the next session of the General Assembly."),
                "Amendment suggestions made by Prof. M. Qasim Jan, Vice President of ANSO, at the 3rd and 4th Governing Board meetings.",
                null, actor.at());

        Office vp = Office.VICE_PRESIDENT;
        LocalDate founded = LocalDate.of(2018, 11, 4);
        mandates.addOfficer(Office.PRESIDENT, "Prof. BAI Chunli", founded, null);
        mandates.addOfficer(vp, "Prof. M. Qasim Jan", founded, null);
        mandates.addOfficer(vp, "Prof. Alexander Mikhaylovich Sergeev", founded, null);
        mandates.addOfficer(Office.EXECUTIVE_DIRECTOR, "Prof. CAO Jinghua", founded, null);
        mandates.addOfficer(Office.ASSISTANT_EXECUTIVE_DIRECTOR, "Prof. Ailikun", founded, null);
        UUID boardMandate = mandates.addMandate(Body.BOARD, founded, LocalDate.of(2020, 5, 31));
        for (String name : List.of("Chinese Academy of Sciences (CAS)", "Russian Academy of Sciences (RAS)", REPRESENTED)) {
            organization(name).ifPresent(id -> mandates.addSeat(Body.BOARD, id, founded, null));
        }

        UUID assembly2 = sessions.create(new SessionCommand(Body.ASSEMBLY, "2nd ANSO General Assembly",
                LocalDateTime.of(2020, 5, 1, 9, 0), "Europe/Moscow", SessionMode.ON_SITE, "Moscow"),
                SessionStatus.POSTPONED, actor);
        UUID board3 = sessions.create(new SessionCommand(Body.BOARD, "3rd ANSO Governing Board Meeting",
                LocalDateTime.of(2020, 11, 9, 15, 0), "Asia/Shanghai", SessionMode.ONLINE, null),
                SessionStatus.HELD, actor);
        Actor atBoard3 = during(LocalDateTime.of(2020, 11, 9, 15, 0), "Asia/Shanghai");
        agenda(board3, "Briefing on the main achievements of ANSO in the past year (Prof. Chunli Bai)",
                "ANSO's work on organization build-up, collaborative research, capacity building, strategic advisory and technology transfer (Prof. Jinghua Cao)",
                "Proposals to consolidate ANSO, including amendment suggestions to the ANSO Statutes (Prof. Qasim Jan)",
                "Hosting the postponed General Assembly in Moscow (Prof. Alexander Sergeev)");
        decide(board3, "Endorsed a number of proposals made by the Secretariat, including the ANSO new member applications and the initiation of the ANSO science ambassador program.",
                Outcome.ADOPTED_BY_CONSENSUS, SubjectType.OTHER, null, null, atBoard3);
        decide(board3, "Reached consensus on the proposed amendments to the ANSO Statutes.",
                Outcome.ADOPTED_BY_CONSENSUS, SubjectType.OTHER, null, null, atBoard3);
        decide(board3, "Postponed the 2nd General Assembly, to be held in Moscow in 2021.",
                Outcome.ADOPTED_BY_CONSENSUS, SubjectType.POSTPONEMENT, assembly2, null, atBoard3);
        decide(board3, "Extended the current Governing Board composition and function until the next General Assembly, to ensure smooth operation and transition.",
                Outcome.ADOPTED_BY_CONSENSUS, SubjectType.MANDATE, boardMandate, LocalDate.of(2021, 12, 31), atBoard3);
        sessionStore.setMinutes(board3, "Representatives from the 9 GB member organizations took part in the online meeting. The meeting concluded by emphasizing that ANSO should keep focusing on common challenges facing humanity and develop more interface with other international organizations.");

        UUID board4 = sessions.create(new SessionCommand(Body.BOARD, "4th ANSO Governing Board Meeting",
                LocalDateTime.of(2021, 10, 9, 15, 0), "Asia/Shanghai", SessionMode.ONLINE, null),
                SessionStatus.HELD, actor);
        Actor atBoard4 = during(LocalDateTime.of(2021, 10, 9, 15, 0), "Asia/Shanghai");
        agenda(board4, "Welcome speech (Prof. BAI Chunli, President of ANSO)",
                "ANSO progress report 2021 (Prof. CAO Jinghua, Executive Director)",
                "Additional amendment suggestions to the ANSO Statutes and the election of the new Governing Board (Prof. M. Qasim Jan)",
                "Applications to join ANSO");
        decide(board4, "Decided to call this General Assembly a special General Assembly, as it is to be held in a special situation and online; an innovative approach must be adopted, particularly concerning the election of the new Governing Board.",
                Outcome.ADOPTED_BY_CONSENSUS, SubjectType.OTHER, null, null, atBoard4);
        decide(board4, "Reached consensus on amending Article 8.3 of the ANSO Statutes and further confirmed all the amendment suggestions endorsed by the previous Governing Board held on 9 November 2020.",
                Outcome.ADOPTED_BY_CONSENSUS, SubjectType.AMENDMENT, article83, null, atBoard4);
        for (String name : ENDORSED_2021) {
            Optional<OrganizationView> organization = organizations.search(new OrganizationQueries.Filter(name, null, null, null),
                    new PageRequest(0, 5)).items().stream().filter(o -> o.name().equals(name)).findFirst();
            if (organization.isEmpty()) {
                continue;
            }
            UUID application = demoApplication(organization.get(), atBoard4);
            decide(board4, "Endorsed the application of " + name + " to join ANSO; the applicant will be reviewed by the General Assembly.",
                    Outcome.ADOPTED_BY_CONSENSUS, SubjectType.APPLICATION, application, null, atBoard4);
        }
        decide(board4, "Further confirmed the 22 applications endorsed in the previous Governing Board meetings. All the applicants will be reviewed by the General Assembly.",
                Outcome.ADOPTED_BY_CONSENSUS, SubjectType.OTHER, null, null, atBoard4);
        sessionStore.setMinutes(board4, "Held online with the participation of representatives from all 9 GB organizations. Discussion and review on the future development strategies, priorities and activities of ANSO.");

        // the Annual Report 2021 lists them as ANSO's associations "by the end of 2021": recorded as of then, so the
        // yearly figures count them in 2021 and not only from the day the demo loads
        loadAssociations(Actor.system(LocalDateTime.of(2021, 12, 31, 12, 0).toInstant(java.time.ZoneOffset.UTC)));
    }

    /**
     * An application as the Secretariat recorded it: submitted, found complete, linked to its directory entry. The
     * report dates it only by the Board meeting that endorsed it, so it is dated then.
     */
    private UUID demoApplication(OrganizationView organization, Actor actor) {
        UUID recorder = accounts.idOf("secretariat@example.org").orElse(null);
        UUID id = UUID.randomUUID();
        applications.insert(new ApplicationView(id, recorder == null ? UUID.randomUUID() : recorder, organization.name(),
                organization.originalName(), organization.country(), organization.type(), organization.website(),
                "ANSO Secretariat", "secretariat@example.org",
                "Application submitted since the 3rd Governing Board meeting (recorded by the Secretariat from the Annual Report 2021).",
                List.of(), ApplicationState.COMPLETE, organization.id(), null, null, null, actor.at(), actor.at()));
        applications.addStep(id, new ApplicationStep(actor.at(), null, "COMPLETE", ApplicationState.COMPLETE,
                "Recorded from the Annual Report 2021.", null));
        return id;
    }

    /**
     * Records a decision at its session's time, not the day the demo loads (issue 15: every 2021 application
     * showed today's date); a minute apart each, so that they keep the order of the report.
     */
    private void decide(UUID session, String text, Outcome outcome, SubjectType type, UUID subject, LocalDate termEnd,
            Actor actor) {
        Actor inOrder = Actor.system(actor.at().plusSeconds(60L * recorded++));
        sessions.recordDecision(session, new DecisionCommand(text, outcome, type, subject, null, termEnd), inOrder);
    }

    /** The platform acting at a session's start, as the report dates what was decided there. */
    private static Actor during(LocalDateTime start, String zone) {
        return Actor.system(start.atZone(java.time.ZoneId.of(zone)).toInstant());
    }

    private void agenda(UUID session, String... titles) {
        for (String title : titles) {
            sessionStore.addAgendaItem(UUID.randomUUID(), session, title, List.of());
        }
    }

    private Optional<UUID> organization(String name) {
        return organizations.search(new OrganizationQueries.Filter(name, null, null, null), new PageRequest(0, 5))
                .items().stream().filter(o -> o.name().equals(name)).map(OrganizationView::id).findFirst();
    }

    private List<ArticleView> statuteArticles() {
        List<ArticleView> articles = new ArrayList<>();
        read("demo/statutes.csv", row -> articles.add(new ArticleView(row.get("number"),
                StatuteQueries.sortKey(row.get("number")), row.get("heading"), row.get("body"))));
        return articles;
    }

    private void loadAssociations(Actor actor) {
        read("demo/associations.csv", row -> {
            if (!associationQueries.exists(row.get("acronym"))) {
                // the lead is the directory's entry where the report names one the directory has
                UUID lead = organizations.byMention(row.get("lead_institution")).map(OrganizationView::id).orElse(null);
                associations.record(new AssociationCommand(row.get("acronym"), row.get("name"),
                        row.get("lead_institution"), row.get("aims"), row.get("regions"), row.get("countries"), null, null,
                        ScienceField.valueOf(row.get("field")), lead, List.of()),
                        AssociationState.valueOf(row.get("state")), actor);
            }
        });
    }

    private static void read(String resource, Consumer<CSVRecord> each) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
                CSVParser rows = CSVParser.parse(reader, format)) {
            rows.forEach(each);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
