package org.ansoplatform.annualreport.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.annualreport.AnnualReportManagement;
import org.ansoplatform.annualreport.AnnualReportPaths;
import org.ansoplatform.annualreport.AnnualReportQueries;
import org.ansoplatform.annualreport.BlockKind;
import org.ansoplatform.annualreport.BlockSpec;
import org.ansoplatform.annualreport.EditionView;
import org.ansoplatform.annualreport.editions.EditionStore;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.DecisionCommand;
import org.ansoplatform.governance.Outcome;
import org.ansoplatform.governance.SessionCommand;
import org.ansoplatform.governance.SessionManagement;
import org.ansoplatform.governance.SessionMode;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.governance.SessionStatus;
import org.ansoplatform.governance.SessionView;
import org.ansoplatform.platform.DemoHistoryStep;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's Annual Report 2021, after the 2021 history is loaded: the edition written in
 * {@code demo/annualreport/2021.json} (docs/annual-report.md), submitted, frozen by a decision of the Governing
 * Board's 2022 session (the history's own, else one created here), so that it is published; then the 2022 draft.
 * Does nothing when the year already has an edition.
 */
@Component
class DemoAnnualReport implements DemoHistoryStep {

    private static final Logger log = LoggerFactory.getLogger(DemoAnnualReport.class);
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    static final String RESOURCE = "demo/annualreport/2021.json";
    static final String SESSION_TITLE = "5th Governing Board Meeting";

    record Report(int year, boolean illustrative, List<Section> sections, List<Term> glossary) {
    }

    record Section(String code, Map<String, String> title, List<Block> blocks, List<Section> children) {
    }

    record Block(String kind, Map<String, String> text, BlockSpec spec) {
    }

    record Term(String term, Map<String, String> expansion) {
    }

    private final EditionStore store;
    private final AnnualReportManagement management;
    private final AnnualReportQueries queries;
    private final SessionManagement sessions;
    private final SessionQueries sessionQueries;
    private final Languages languages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoAnnualReport(EditionStore store, AnnualReportManagement management, AnnualReportQueries queries, SessionManagement sessions,
            SessionQueries sessionQueries, Languages languages, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.management = management;
        this.queries = queries;
        this.sessions = sessions;
        this.sessionQueries = sessionQueries;
        this.languages = languages;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void run() {
        Report report = read();
        Actor actor = Actor.system(clock.instant());
        List<EditionView> existing = store.ofYear(report.year());
        if (existing.isEmpty()) {
            UUID id = transactions.execute(status -> write(report, actor));
            try {
                management.submit(id, actor);
                UUID session = boardSession(report.year() + 1, actor);
                sessions.recordDecision(session, DecisionCommand.about(AnnualReportPaths.edition(id),
                        "The Governing Board approves the Annual Report " + report.year() + ".", Outcome.ADOPTED_BY_CONSENSUS, null), actor);
            } catch (InvalidInputException refused) {
                // a figure the demo's text names that the history does not offer (yet): the edition stays a draft to fix
                log.warn("The demo's Annual Report {} stays a draft: {}", report.year(), refused.getMessage());
            }
        }
        if (store.ofYear(report.year() + 1).isEmpty()) {
            management.createDraft(report.year() + 1, true, actor);
        }
    }

    private Report read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JSON.readValue(in, Report.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UUID write(Report report, Actor actor) {
        UUID id = UUID.randomUUID();
        store.insertEdition(id, report.year(), store.nextNumber(report.year()), report.illustrative(), languages.tags(), actor.at());
        int position = 1;
        for (Section section : report.sections()) {
            section(id, null, position++, section);
        }
        for (Term term : report.glossary() == null ? List.<Term>of() : report.glossary()) {
            store.insertGlossary(UUID.randomUUID(), id, term.term(), term.expansion(), "EDITOR");
        }
        return id;
    }

    private void section(UUID editionId, UUID parentId, int position, Section section) {
        UUID id = UUID.randomUUID();
        store.insertSection(id, editionId, parentId, position, section.code());
        section.title().forEach((language, title) -> store.sectionTitle(id, language, title));
        int blockPosition = 1;
        for (Block block : section.blocks() == null ? List.<Block>of() : section.blocks()) {
            UUID blockId = UUID.randomUUID();
            store.insertBlock(blockId, id, blockPosition++, BlockKind.valueOf(block.kind()),
                    (block.spec() == null ? BlockSpec.empty() : block.spec()).write());
            if (block.text() != null) {
                block.text().forEach((language, body) -> store.blockText(blockId, language, body));
            }
        }
        int childPosition = 1;
        for (Section child : section.children() == null ? List.<Section>of() : section.children()) {
            section(editionId, id, childPosition++, child);
        }
    }

    /** The Board's session of the year (the 2021 history's), or one held on 1 March of the year. */
    private UUID boardSession(int year, Actor actor) {
        Optional<SessionView> held = sessionQueries.list().stream()
                .filter(s -> s.body() == Body.BOARD && s.startsAt().getYear() == year).findFirst();
        if (held.isPresent()) {
            return held.get().id();
        }
        return sessions.create(new SessionCommand(Body.BOARD, SESSION_TITLE, LocalDateTime.of(year, 3, 1, 9, 0), "Asia/Shanghai",
                SessionMode.ONLINE, null), SessionStatus.HELD, actor);
    }
}
