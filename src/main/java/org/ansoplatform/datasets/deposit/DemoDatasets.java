package org.ansoplatform.datasets.deposit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.projects.PublicProject;
import org.ansoplatform.projects.PublicProjectQueries;
import org.ansoplatform.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The five demo datasets of the cooperation projects ({@value DemoDatasetsFile#RESOURCE}), once, after the projects'
 * demo (order 50) and before the showcases (100), through deposit's commands as people act: deposited by a member
 * of the project's team with an account (else the Secretariat's demo account), the lead institution as creator and
 * the project as funder, submitted, then taken and published by the demo curator, so DOIs, OAI records, search
 * documents and figures follow. The CropWatch dataset then gets its second version with the extra rows. Publication
 * is now; the JSON's date is kept as the DataCite Issued date (decision 232).
 */
@Component
class DemoDatasets {

    static final String SECRETARIAT = "secretariat@example.org";
    static final String CURATOR = "curator@example.org";
    private static final Logger log = LoggerFactory.getLogger(DemoDatasets.class);

    private final DemoMode demoMode;
    private final TransactionTemplate transactions;
    private final DatasetManagement datasets;
    private final CurationManagement curation;
    private final DatasetQueries queries;
    private final ProjectQueries projectSearch;
    private final PublicProjectQueries projects;
    private final AccountQueries accounts;
    private final Clock clock;

    DemoDatasets(DemoMode demoMode, TransactionTemplate transactions, DatasetManagement datasets, CurationManagement curation,
            DatasetQueries queries, ProjectQueries projectSearch, PublicProjectQueries projects, AccountQueries accounts,
            Clock clock) {
        this.demoMode = demoMode;
        this.transactions = transactions;
        this.datasets = datasets;
        this.curation = curation;
        this.queries = queries;
        this.projectSearch = projectSearch;
        this.projects = projects;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Who acts in the demo: a demo account as a signed-in person, with the roles the step needs. */
    record DemoPerson(UUID id, String email, String displayName, Set<String> roles) implements SignedInPerson {

        @Override
        public boolean hasRole(String role) {
            return roles.contains(role);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(95)
    void onReady() {
        if (!demoMode.enabled()) {
            return;
        }
        int added = load();
        if (added > 0) {
            log.info("Demo data: {} dataset(s) of the cooperation projects", added);
        }
    }

    /** Deposits and publishes each dataset of the file not yet published for its project; returns how many. */
    int load() {
        Optional<DemoPerson> curator = person(CURATOR, Set.of(CurationManagement.CURATOR));
        if (curator.isEmpty()) {
            return 0;
        }
        int added = 0;
        for (DemoDatasetsFile.Entry entry : DemoDatasetsFile.load().datasets()) {
            try {
                Boolean done = transactions.execute(status -> deposit(entry, curator.get()));
                added += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Demo data: dataset of {} not loaded: {}", entry.project(), e.toString());
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        return added;
    }

    private boolean deposit(DemoDatasetsFile.Entry entry, DemoPerson curator) {
        Optional<PublicProject> found = project(entry.project());
        if (found.isEmpty()) {
            return false;
        }
        PublicProject project = found.get();
        if (queries.latestPublished(project.id(), clock.instant()).stream()
                .anyMatch(v -> entry.englishTitle().equals(v.title("en")))) {
            return false;
        }
        Optional<DemoPerson> depositor = projects.teamAccounts(project.id()).stream().findFirst()
                .flatMap(id -> accounts.contact(id).map(c -> new DemoPerson(id, c.email(), c.displayName(), Set.of())))
                .or(() -> person(SECRETARIAT, Set.of()));
        if (depositor.isEmpty()) {
            return false;
        }
        PublicProject.Partner lead = project.lead();
        String creator = lead == null ? entry.creator() : lead.name();
        String ror = lead == null ? null : lead.rorUrl();
        UUID organizationId = lead == null ? null : lead.organizationId();
        as(depositor.get());
        UUID datasetId = datasets.create(entry.metadata(creator, ror, organizationId, project.id(), null));
        for (DemoDatasetsFile.DemoFile file : entry.files()) {
            add(datasetId, file, List.of());
        }
        publish(datasetId, depositor.get(), curator);
        if (entry.secondVersion() != null) {
            as(depositor.get());
            UUID versionId = datasets.newVersion(datasetId);
            for (DemoDatasetsFile.DemoFile file : entry.files()) {
                if (file.csv()) {
                    queries.files(versionId).stream().filter(f -> f.name().equals(file.name())).findFirst()
                            .ifPresent(f -> datasets.removeFile(datasetId, f.id()));
                    add(datasetId, file, entry.secondVersion().rows());
                }
            }
            datasets.update(datasetId, entry.metadata(creator, ror, organizationId, project.id(), entry.secondVersion().note()));
            publish(datasetId, depositor.get(), curator);
        }
        return true;
    }

    private void add(UUID datasetId, DemoDatasetsFile.DemoFile file, List<String> extraRows) {
        byte[] bytes = file.content(extraRows).getBytes(StandardCharsets.UTF_8);
        datasets.addFile(datasetId, file.name(), new ByteArrayInputStream(bytes), FileAccess.OPEN, null);
    }

    private void publish(UUID datasetId, DemoPerson depositor, DemoPerson curator) {
        as(depositor);
        datasets.submit(datasetId);
        UUID versionId = queries.latest(datasetId).orElseThrow().id();
        as(curator);
        curation.take(versionId);
        curation.publish(versionId);
        SecurityContextHolder.clearContext();
    }

    private Optional<PublicProject> project(String code) {
        return projectSearch.search(new ProjectQueries.Filter(code, null, null, null, null), PageRequest.of(0, 5)).items().stream()
                .filter(row -> code.equals(row.code())).findFirst().flatMap(row -> projects.byId(row.id()));
    }

    private Optional<DemoPerson> person(String email, Set<String> roles) {
        return accounts.idOf(email).flatMap(id -> accounts.contact(id)
                .map(c -> new DemoPerson(id, c.email(), c.displayName(), roles)));
    }

    private static void as(DemoPerson person) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                person.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
    }
}
