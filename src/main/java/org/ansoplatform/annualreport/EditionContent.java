package org.ansoplatform.annualreport;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything an edition says, loaded at once: its sections (parents before their children, in order), their blocks
 * in order with their texts per language, and its glossary.
 */
public record EditionContent(EditionView edition, List<SectionView> sections, List<BlockView> blocks,
        List<GlossaryEntryView> glossary) {

    public EditionContent {
        sections = List.copyOf(sections);
        blocks = List.copyOf(blocks);
        glossary = List.copyOf(glossary);
    }

    public record SectionView(UUID id, UUID parentId, int position, String code, Map<String, String> titles) {

        public SectionView {
            titles = Map.copyOf(titles);
        }
    }

    /** A block: {@code spec} is its jsonb as stored (figures, chart, limit, note), {@code texts} its text per language. */
    public record BlockView(UUID id, UUID sectionId, int position, BlockKind kind, String spec, Map<String, String> texts) {

        public BlockView {
            texts = Map.copyOf(texts);
        }
    }

    public record GlossaryEntryView(UUID id, String term, Map<String, String> expansion, String origin) {

        public GlossaryEntryView {
            expansion = Map.copyOf(expansion);
        }
    }

    public List<SectionView> children(UUID parentId) {
        return sections.stream().filter(s -> java.util.Objects.equals(s.parentId(), parentId)).toList();
    }

    public List<BlockView> blocksOf(UUID sectionId) {
        return blocks.stream().filter(b -> b.sectionId().equals(sectionId)).toList();
    }
}
