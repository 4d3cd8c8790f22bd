package org.ansoplatform.annualreport.render;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.ansoplatform.annualreport.EditionContent;
import org.ansoplatform.annualreport.EditionView;
import org.ansoplatform.annualreport.editions.EditionStore;
import org.ansoplatform.annualreport.editions.FrozenStore;
import org.ansoplatform.annualreport.text.EditionRefs;
import org.ansoplatform.figures.FigureRef;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An edition resolved into the one model the web edition and the PDF render. A draft is computed now: one
 * {@code FigureQueries.resolve} for every reference of the edition. A frozen edition is read from what freezing
 * stored and counts nothing again; its record lists are the records it counted, described for the reader today.
 */
@Component
public class EditionModels {

    private final EditionStore store;
    private final FrozenStore frozen;
    private final FigureValues values;
    private final BlockModels blocks;
    // governance's decisions reach back into this module (a decision subject), so its queries are taken when needed
    private final org.springframework.beans.factory.ObjectProvider<SessionQueries> sessions;
    private final MessageSource messages;
    private final Clock clock;

    EditionModels(EditionStore store, FrozenStore frozen, FigureValues values, BlockModels blocks, org.springframework.beans.factory.ObjectProvider<SessionQueries> sessions,
            MessageSource messages, Clock clock) {
        this.store = store;
        this.frozen = frozen;
        this.values = values;
        this.blocks = blocks;
        this.sessions = sessions;
        this.messages = messages;
        this.clock = clock;
    }

    public EditionModel model(UUID editionId, Locale locale, Reader reader) {
        EditionContent content = store.content(editionId).orElseThrow(() -> new NotFoundException("edition " + editionId));
        return content.edition().status().frozen() ? frozen(content, locale, reader) : draft(content, locale, reader);
    }

    /** A live draft: every figure computed now. */
    public EditionModel draft(EditionContent content, Locale locale, Reader reader) {
        FigureValues.Live live = values.live(EditionRefs.of(content), content.edition().year(), locale);
        return build(content, content.edition(), locale, reader, live.values(), ref -> {
            var resolved = live.resolved().get(ref);
            return resolved == null ? List.of() : resolved.records();
        });
    }

    /** A frozen edition (or one being frozen, {@code as} its frozen state) from the stored figures only. */
    public EditionModel frozen(EditionContent content, EditionView as, Locale locale, Reader reader) {
        UUID id = content.edition().id();
        return build(content, as, locale, reader, values.frozen(id, locale),
                ref -> frozen.records(id, ref.toString(), "").orElse(List.of()));
    }

    public EditionModel frozen(EditionContent content, Locale locale, Reader reader) {
        return frozen(content, content.edition(), locale, reader);
    }

    private EditionModel build(EditionContent content, EditionView edition, Locale locale, Reader reader,
            Map<FigureRef, FigureValue> figureValues, Function<FigureRef, List<RecordRef>> records) {
        BlockModels.Context context = new BlockModels.Context(edition, locale, reader, figureValues, records);
        List<EditionModel.Section> sections = sections(content, null, "", context);
        List<EditionModel.GlossaryLine> glossary = content.glossary().stream()
                .map(g -> new EditionModel.GlossaryLine(g.term(), FigureValues.text(g.expansion(), locale))).toList();
        String decisionTitle = edition.decisionId() == null ? null
                : sessions.getObject().decision(edition.decisionId()).map(d -> d.sessionTitle()).orElse(null);
        return new EditionModel(edition.id(), edition.year(), edition.number(), edition.status(), edition.illustrative(), locale,
                messages.getMessage("annualreport.title", new Object[] {edition.year()}, locale), sections, glossary,
                edition.frozenAt() != null ? edition.frozenAt() : clock.instant(), edition.decidedOn(), decisionTitle);
    }

    private List<EditionModel.Section> sections(EditionContent content, UUID parentId, String prefix, BlockModels.Context context) {
        List<EditionModel.Section> result = new ArrayList<>();
        int number = 1;
        for (EditionContent.SectionView section : content.children(parentId)) {
            String numbered = prefix + number++;
            List<EditionModel.Block> resolved = content.blocksOf(section.id()).stream().map(b -> blocks.block(b, content, context)).toList();
            result.add(new EditionModel.Section(section.code(), numbered, FigureValues.text(section.titles(), context.locale()),
                    "section-" + section.code(), resolved, sections(content, section.id(), numbered + ".", context)));
        }
        return result;
    }
}
