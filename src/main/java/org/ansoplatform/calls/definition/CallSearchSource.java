package org.ansoplatform.calls.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.Host;
import org.ansoplatform.calls.Track;
import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.search.SearchSource;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls as search finds them: a published call (open, upcoming or past) by everyone, on its public page; a draft
 * only by the Secretariat, on the Secretariat's page, since that is the only page that shows it. Applications
 * are never indexed: they hold applicants' personal data and are read only through their own pages' checks.
 */
@Component
public class CallSearchSource implements SearchSource {

    public static final String MODULE = "calls";
    public static final String CALL = "call";

    private final CallStore store;

    CallSearchSource(CallStore store) {
        this.store = store;
    }

    /** How a call is named to search and to other modules. */
    public static RecordRef ref(UUID callId) {
        return RecordRef.of(MODULE, CALL, callId);
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(CALL);
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<SearchDocument> documents() {
        return store.all().stream().map(CallSearchSource::document);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SearchDocument> document(RecordRef ref) {
        if (!ref.is(MODULE, CALL)) {
            return Optional.empty();
        }
        return store.find(ref.id()).map(CallSearchSource::document);
    }

    static SearchDocument document(CallView call) {
        var definition = call.definition();
        List<LocalizedText> texts = new ArrayList<>();
        texts.add(definition.description());
        texts.add(call.programmeName());
        definition.tracks().stream().map(Track::name).forEach(texts::add);
        definition.hosts().stream().map(Host::name).forEach(texts::add);
        String path = call.published() ? "/calls/" + call.id() : "/secretariat/calls/" + call.id();
        String audience = call.published() ? Reader.PUBLIC : Reader.roleToken("SECRETARIAT");
        return new SearchDocument(ref(call.id()), definition.title(), joined(texts, definition.code()), path,
                definition.opens().getYear(), Set.of(), Set.of(audience), null);
    }

    /** Each language's texts on lines of their own; the call's code, which has no language, in each. */
    private static LocalizedText joined(List<LocalizedText> texts, String code) {
        Map<String, StringBuilder> byLanguage = new LinkedHashMap<>();
        for (LocalizedText text : texts) {
            if (text != null) {
                text.values().forEach((language, value) -> byLanguage.computeIfAbsent(language, l -> new StringBuilder())
                        .append(value).append('\n'));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        byLanguage.forEach((language, builder) -> values.put(language, builder.append(code).toString()));
        return LocalizedText.of(values);
    }
}
