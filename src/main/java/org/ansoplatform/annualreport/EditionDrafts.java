package org.ansoplatform.annualreport;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.annualreport.editions.DefaultStructure;
import org.ansoplatform.annualreport.editions.EditionStore;
import org.ansoplatform.annualreport.text.EditionRefs;
import org.ansoplatform.annualreport.text.FigureCheck;
import org.ansoplatform.platform.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes a new draft's sections and blocks: a copy of the year's latest frozen edition, or the seed report's structure. */
@Component
class EditionDrafts {

    private final EditionStore store;
    private final FigureCheck check;
    private final Languages languages;
    private final MessageSource messages;

    EditionDrafts(EditionStore store, FigureCheck check, Languages languages, MessageSource messages) {
        this.store = store;
        this.check = check;
        this.languages = languages;
        this.messages = messages;
    }

    UUID create(int year, boolean illustrative, Instant at) {
        UUID id = UUID.randomUUID();
        store.insertEdition(id, year, store.nextNumber(year), illustrative, languages.tags(), at);
        Optional<EditionContent> frozen = store.ofYear(year).stream().filter(e -> e.status().frozen()).findFirst()
                .flatMap(e -> store.content(e.id()));
        if (frozen.isPresent()) {
            copy(frozen.get(), id);
        } else {
            int position = 1;
            for (DefaultStructure.Section section : DefaultStructure.SECTIONS) {
                seed(id, null, position++, section);
            }
        }
        return id;
    }

    /** The placeholders and references of the edition that name nothing now. */
    List<FigureCheck.Bad> badFigures(EditionContent content) {
        return check.texts(EditionRefs.written(content), content.edition().year());
    }

    private void seed(UUID editionId, UUID parentId, int position, DefaultStructure.Section section) {
        UUID sectionId = UUID.randomUUID();
        store.insertSection(sectionId, editionId, parentId, position, section.code());
        for (String language : languages.tags()) {
            store.sectionTitle(sectionId, language, messages.getMessage("annualreport.section." + section.code(), null,
                    section.code(), java.util.Locale.forLanguageTag(language)));
        }
        int blockPosition = 1;
        for (DefaultStructure.Block block : section.blocks()) {
            store.insertBlock(UUID.randomUUID(), sectionId, blockPosition++, block.kind(), block.spec().write());
        }
        int childPosition = 1;
        for (DefaultStructure.Section child : section.children()) {
            seed(editionId, sectionId, childPosition++, child);
        }
    }

    private void copy(EditionContent from, UUID editionId) {
        Map<UUID, UUID> sections = new HashMap<>();
        for (EditionContent.SectionView section : from.sections()) {
            UUID id = UUID.randomUUID();
            sections.put(section.id(), id);
            store.insertSection(id, editionId, section.parentId() == null ? null : sections.get(section.parentId()),
                    section.position(), section.code());
            section.titles().forEach((language, title) -> store.sectionTitle(id, language, title));
        }
        for (EditionContent.BlockView block : from.blocks()) {
            UUID id = UUID.randomUUID();
            store.insertBlock(id, sections.get(block.sectionId()), block.position(), block.kind(), block.spec());
            block.texts().forEach((language, body) -> store.blockText(id, language, body));
        }
        for (EditionContent.GlossaryEntryView entry : from.glossary()) {
            store.insertGlossary(UUID.randomUUID(), editionId, entry.term(), entry.expansion(), entry.origin());
        }
    }
}
