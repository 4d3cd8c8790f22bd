package org.ansoplatform.annualreport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.annualreport.EditionContent.BlockView;
import org.ansoplatform.annualreport.EditionContent.SectionView;
import org.ansoplatform.annualreport.editions.EditionStore;
import org.ansoplatform.annualreport.text.FigureCheck;
import org.ansoplatform.annualreport.text.GlossaryProposals;
import org.ansoplatform.figures.FigureQueries;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's commands on a year's report: a draft (from the year's frozen edition if there is one, else from
 * the seed report's sections), section titles and block texts per language (every embedded figure checked against
 * the live figures, each bad one named next to the field), blocks added, moved and removed, the glossary, and
 * submitting to the Governing Board. A frozen edition refuses every change (the database trigger backs this up); a
 * submitted one goes back to DRAFT when edited.
 */
@Service
@Transactional
public class AnnualReportManagement {

    private final EditionStore store;
    private final FigureCheck check;
    private final Languages languages;
    private final MessageSource messages;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final EditionDrafts drafts;
    private final GlossaryProposals proposals;

    AnnualReportManagement(EditionStore store, FigureCheck check, Languages languages, MessageSource messages,
            CurrentActor currentActor, ApplicationEventPublisher events, EditionDrafts drafts, GlossaryProposals proposals) {
        this.proposals = proposals;
        this.store = store;
        this.check = check;
        this.languages = languages;
        this.messages = messages;
        this.currentActor = currentActor;
        this.events = events;
        this.drafts = drafts;
    }

    public UUID createDraft(Integer year) {
        return createDraft(year, false, currentActor.get());
    }

    /** A new draft of the year; refused while the year has a live draft already. */
    public UUID createDraft(Integer year, boolean illustrative, Actor actor) {
        if (year == null || year < FigureQueries.FIRST_YEAR || year > FigureQueries.LAST_YEAR) {
            throw new InvalidInputException("year", "annualreport.error.year");
        }
        if (store.ofYear(year).stream().anyMatch(EditionView::live)) {
            throw new org.ansoplatform.platform.ConflictException("year", "annualreport.error.draftExists", String.valueOf(year));
        }
        UUID id = drafts.create(year, illustrative, actor.at());
        events.publishEvent(AnnualReportChanged.edition(actor, "annualreport.draft.created", id, String.valueOf(year)));
        return id;
    }

    public void sectionTitles(UUID editionId, UUID sectionId, Map<String, String> titles) {
        Actor actor = currentActor.get();
        EditionContent content = editable(editionId, actor);
        SectionView section = content.sections().stream().filter(s -> s.id().equals(sectionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("section " + sectionId));
        Map<String, String> clean = clean(titles, 300, "titles");
        if (clean.get(languages.tags().get(0)) == null) {
            throw new InvalidInputException("titles", "validation.required");
        }
        for (String language : languages.tags()) {
            store.sectionTitle(section.id(), language, clean.get(language));
        }
        changed(actor, editionId, "annualreport.section.saved", section.code());
    }

    /** Saves a block's text in every language; refused (nothing saved) while any embedded figure names nothing. */
    public void saveText(UUID editionId, UUID blockId, Map<String, String> texts) {
        Actor actor = currentActor.get();
        EditionContent content = editable(editionId, actor);
        BlockView block = block(content, blockId);
        Map<String, String> clean = clean(texts, 20_000, "texts");
        List<FigureCheck.Bad> bad = check.texts(clean.values(), content.edition().year());
        if (!bad.isEmpty()) {
            throw new InvalidInputException("texts", "annualreport.error.figures", describe(bad));
        }
        for (String language : languages.tags()) {
            store.blockText(block.id(), language, clean.get(language));
        }
        changed(actor, editionId, "annualreport.text.saved", block.id().toString());
    }

    /** Adds a block at the end of a section; its figures are checked as a text's are. */
    public UUID addBlock(UUID editionId, UUID sectionId, BlockKind kind, BlockSpec spec) {
        Actor actor = currentActor.get();
        EditionContent content = editable(editionId, actor);
        content.sections().stream().filter(s -> s.id().equals(sectionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("section " + sectionId));
        List<Violation> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new Violation("kind", "validation.required"));
        } else if (kind == BlockKind.FIGURES ? spec.figures().isEmpty()
                : kind != BlockKind.TEXT && kind != BlockKind.GLOSSARY && (spec.figure() == null || spec.figure().isBlank())) {
            problems.add(new Violation("figures", "annualreport.error.figureRequired"));
        }
        if (problems.isEmpty()) {
            List<FigureCheck.Bad> bad = check.refs(spec.refTexts(), content.edition().year());
            if (!bad.isEmpty()) {
                problems.add(new Violation("figures", "annualreport.error.figures", describe(bad)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        int position = content.blocksOf(sectionId).stream().mapToInt(BlockView::position).max().orElse(0) + 1;
        store.insertBlock(id, sectionId, position, kind, spec.write());
        changed(actor, editionId, "annualreport.block.added", kind.name());
        return id;
    }

    /** Moves a block one place up or down in its section. */
    public void moveBlock(UUID editionId, UUID blockId, boolean up) {
        Actor actor = currentActor.get();
        EditionContent content = editable(editionId, actor);
        BlockView block = block(content, blockId);
        List<BlockView> siblings = content.blocksOf(block.sectionId());
        int index = siblings.indexOf(block);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= siblings.size()) {
            return;
        }
        store.blockPosition(block.id(), siblings.get(other).position());
        store.blockPosition(siblings.get(other).id(), block.position());
        changed(actor, editionId, "annualreport.block.moved", block.id().toString());
    }

    public void removeBlock(UUID editionId, UUID blockId) {
        Actor actor = currentActor.get();
        BlockView block = block(editable(editionId, actor), blockId);
        store.deleteBlock(block.id());
        changed(actor, editionId, "annualreport.block.removed", block.kind().name());
    }

    public UUID addGlossary(UUID editionId, String term, Map<String, String> expansion) {
        Actor actor = currentActor.get();
        EditionContent content = editable(editionId, actor);
        List<Violation> problems = new ArrayList<>();
        String clean = term == null ? "" : term.strip();
        if (clean.isEmpty() || clean.length() > 40) {
            problems.add(new Violation("term", clean.isEmpty() ? "validation.required" : "annualreport.error.termLength"));
        } else if (content.glossary().stream().anyMatch(g -> g.term().equalsIgnoreCase(clean))) {
            problems.add(new Violation("term", "annualreport.error.termExists", clean));
        }
        Map<String, String> expansions = clean(expansion, 300, "expansion");
        if (expansions.isEmpty()) {
            problems.add(new Violation("expansion", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        store.insertGlossary(id, editionId, clean, expansions, "EDITOR");
        changed(actor, editionId, "annualreport.glossary.saved", clean);
        return id;
    }

    /**
     * Adds the acronyms the editors chose among those the directory proposes ({@link GlossaryProposals}), with the
     * directory's name as their English meaning; a term no longer proposed is left out.
     */
    public int addProposedGlossary(UUID editionId, List<String> terms) {
        Actor actor = currentActor.get();
        EditionContent content = editable(editionId, actor);
        if (terms == null || terms.stream().allMatch(term -> term == null || term.isBlank())) {
            throw new InvalidInputException("terms", "annualreport.error.noTermChosen");
        }
        int added = 0;
        for (GlossaryProposals.Proposal proposal : proposals.proposals(content.edition().year(), content)) {
            if (terms.contains(proposal.term())) {
                store.insertGlossary(UUID.randomUUID(), editionId, proposal.term(), Map.of("en", proposal.expansion()), "DIRECTORY");
                changed(actor, editionId, "annualreport.glossary.saved", proposal.term());
                added++;
            }
        }
        return added;
    }

    public void removeGlossary(UUID editionId, UUID entryId) {
        Actor actor = currentActor.get();
        editable(editionId, actor);
        store.deleteGlossary(editionId, entryId);
        changed(actor, editionId, "annualreport.glossary.removed", entryId.toString());
    }

    public void submit(UUID editionId) {
        submit(editionId, currentActor.get());
    }

    /** Puts a draft before the Governing Board; refused while any of its figures names nothing. */
    public void submit(UUID editionId, Actor actor) {
        EditionView edition = store.lock(editionId).orElseThrow(() -> new NotFoundException("edition " + editionId));
        if (edition.status() != EditionStatus.DRAFT) {
            throw new InvalidInputException(null, edition.status().frozen() ? "annualreport.error.frozen" : "annualreport.error.submitted");
        }
        EditionContent content = store.content(editionId).orElseThrow();
        List<FigureCheck.Bad> bad = drafts.badFigures(content);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(null, "annualreport.error.unknownFigures", describe(bad));
        }
        store.status(editionId, EditionStatus.SUBMITTED, actor.at());
        events.publishEvent(new EditionSubmitted(editionId, edition.year(), edition.number()));
        changed(actor, editionId, "annualreport.edition.submitted", String.valueOf(edition.year()));
    }

    /** The edition, locked, if it may change; a submitted one goes back to DRAFT. */
    private EditionContent editable(UUID editionId, Actor actor) {
        EditionView edition = store.lock(editionId).orElseThrow(() -> new NotFoundException("edition " + editionId));
        if (edition.status().frozen()) {
            throw new InvalidInputException(null, "annualreport.error.frozen");
        }
        if (edition.status() == EditionStatus.SUBMITTED) {
            store.status(editionId, EditionStatus.DRAFT, actor.at());
        } else {
            store.touched(editionId, actor.at());
        }
        return store.content(editionId).orElseThrow();
    }

    private static BlockView block(EditionContent content, UUID blockId) {
        return content.blocks().stream().filter(b -> b.id().equals(blockId)).findFirst()
                .orElseThrow(() -> new NotFoundException("block " + blockId));
    }

    /** Texts of the configured languages only, stripped, blank ones left out; too long is refused. */
    private Map<String, String> clean(Map<String, String> texts, int max, String field) {
        Map<String, String> clean = new LinkedHashMap<>();
        for (String language : languages.tags()) {
            String text = texts == null ? null : texts.get(language);
            if (text != null && !text.isBlank()) {
                if (text.length() > max) {
                    throw new InvalidInputException(field, "annualreport.error.tooLong", String.valueOf(max));
                }
                clean.put(language, text.strip());
            }
        }
        return clean;
    }

    private String describe(List<FigureCheck.Bad> bad) {
        return bad.stream().map(b -> b.written() + " (" + messages.getMessage("annualreport.problem." + b.problem().name(), null,
                LocaleContextHolder.getLocale()) + ")").distinct().collect(Collectors.joining("; "));
    }

    private void changed(Actor actor, UUID editionId, String action, String detail) {
        events.publishEvent(AnnualReportChanged.edition(actor, action, editionId, detail));
    }
}
