package org.ansoplatform.meetings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.search.SearchSource;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings as search finds them: a published meeting (cancelled ones too, as the catalogue still shows them) by
 * everyone, linking to its public page; an unpublished one only by the Secretariat, linking to its form. The text
 * is the description with the organizers and the place, in every language the meeting is written in.
 */
@Component
@Transactional(readOnly = true)
class MeetingSearchSource implements SearchSource {

    static final String TYPE = "meeting";

    private final MeetingQueries queries;

    MeetingSearchSource(MeetingQueries queries) {
        this.queries = queries;
    }

    static RecordRef ref(java.util.UUID id) {
        return RecordRef.of("meetings", TYPE, id);
    }

    @Override
    public String module() {
        return "meetings";
    }

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    public Stream<SearchDocument> documents() {
        return queries.all(new MeetingQueries.Filter(null, null, null, null, null, true)).stream().map(MeetingSearchSource::document);
    }

    @Override
    public Optional<SearchDocument> document(RecordRef ref) {
        return ref.is(module(), TYPE) ? queries.byId(ref.id()).map(MeetingSearchSource::document) : Optional.empty();
    }

    static SearchDocument document(MeetingView meeting) {
        String extra = String.join(" ", java.util.stream.Stream.of(meeting.organizerNames(), meeting.venue(), meeting.city())
                .filter(part -> part != null && !part.isBlank()).toList());
        Map<String, String> text = new LinkedHashMap<>();
        for (String language : meeting.title().values().keySet()) {
            String description = meeting.description().get(language);
            text.put(language, (description + "\n" + extra).strip());
        }
        meeting.description().values().forEach((language, description) -> text.putIfAbsent(language, description + "\n" + extra));
        String audience = meeting.published() ? Reader.PUBLIC : Reader.roleToken("SECRETARIAT");
        String path = meeting.published() ? MeetingLinks.meeting(meeting.id()) : "/secretariat/meetings/" + meeting.id() + "/edit";
        return new SearchDocument(ref(meeting.id()), meeting.title(), LocalizedText.of(text), path, meeting.year(),
                meeting.country() == null ? Set.of() : Set.of(meeting.country()), Set.of(audience), meeting.updatedAt());
    }
}
