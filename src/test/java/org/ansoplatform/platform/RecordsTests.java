package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.ansoplatform.shared.Reader;
import org.junit.jupiter.api.Test;

class RecordsTests {

    /** A module whose notes only the Secretariat may read; asked once per call with the refs of its module only. */
    static final class NotesSource implements RecordSource {

        final UUID existing = UUID.randomUUID();
        int calls;

        @Override
        public String module() {
            return "notes";
        }

        @Override
        public Set<String> types() {
            return Set.of("note");
        }

        @Override
        public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
            calls++;
            assertThat(refs).allMatch(ref -> ref.is("notes", "note"));
            Map<RecordRef, RecordView> views = new LinkedHashMap<>();
            for (RecordRef ref : refs) {
                if (ref.id().equals(existing)) {
                    views.put(ref, reader.hasRole("SECRETARIAT") ? RecordView.of(ref, "Note", "/notes/" + ref.id())
                            : RecordView.hidden(ref));
                }
            }
            return views;
        }
    }

    @Test
    void eachReferenceIsDescribedByItsModuleInOneCallAndUnknownOnesAreHidden() {
        NotesSource notes = new NotesSource();
        Records records = new Records(List.of(notes));
        RecordRef existing = RecordRef.of("notes", "note", notes.existing);
        RecordRef missing = RecordRef.of("notes", "note", UUID.randomUUID());
        RecordRef otherType = RecordRef.of("notes", "draft", UUID.randomUUID());
        RecordRef otherModule = RecordRef.of("ghosts", "ghost", UUID.randomUUID());
        Reader secretariat = Reader.person(UUID.randomUUID(), Set.of("SECRETARIAT"));

        List<RecordView> views = records.describe(List.of(otherModule, existing, missing, otherType), secretariat, Locale.ENGLISH);

        assertThat(notes.calls).isEqualTo(1);
        assertThat(views).extracting(RecordView::ref).containsExactly(otherModule, existing, missing, otherType);
        assertThat(views).extracting(RecordView::visible).containsExactly(false, true, false, false);
        assertThat(views.get(1).path()).isEqualTo("/notes/" + notes.existing);
        assertThat(records.describe(existing, Reader.anonymous(), Locale.ENGLISH).visible()).isFalse();
        assertThat(records.knows(existing)).isTrue();
        assertThat(records.knows(otherType)).isFalse();
    }

    @Test
    void twoSourcesForOneTypeAreRefusedAtStart() {
        assertThatThrownBy(() -> new Records(List.of(new NotesSource(), new NotesSource())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void oneModuleMayOfferItsTypesThroughTwoSources() {
        NotesSource notes = new NotesSource();
        RecordSource drafts = new RecordSource() {
            @Override
            public String module() {
                return "notes";
            }

            @Override
            public Set<String> types() {
                return Set.of("draft");
            }

            @Override
            public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
                assertThat(refs).allMatch(ref -> ref.is("notes", "draft"));
                Map<RecordRef, RecordView> views = new LinkedHashMap<>();
                refs.forEach(ref -> views.put(ref, RecordView.of(ref, "Draft", "/drafts/" + ref.id())));
                return views;
            }
        };
        Records records = new Records(List.of(notes, drafts));
        RecordRef note = RecordRef.of("notes", "note", notes.existing);
        RecordRef draft = RecordRef.of("notes", "draft", UUID.randomUUID());

        List<RecordView> views = records.describe(List.of(draft, note), Reader.person(UUID.randomUUID(), Set.of("SECRETARIAT")),
                Locale.ENGLISH);

        assertThat(views).extracting(RecordView::title).containsExactly("Draft", "Note");
        assertThat(notes.calls).isEqualTo(1);
        assertThat(records.knows(draft)).isTrue();
    }
}
