package org.ansoplatform.organizations;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.Untranslated;
import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.search.SearchSource;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The directory's entries as search finds them, for everyone: the public directory shows every entry, whatever its
 * status, on its page. The name and the name in the organization's own language are the title, keyed by their
 * script; type, status and country are written in every configured language, so a reader finds "université"
 * or "大学"; the ROR id and website are in each text too.
 */
@Component
class OrganizationSearchSource implements SearchSource {

    static final String MODULE = "organizations";
    static final String ORGANIZATION = "organization";

    private final OrganizationQueries queries;
    private final MessageSource messages;
    private final Languages languages;

    OrganizationSearchSource(OrganizationQueries queries, MessageSource messages, Languages languages) {
        this.queries = queries;
        this.messages = messages;
        this.languages = languages;
    }

    static RecordRef ref(UUID organizationId) {
        return RecordRef.of(MODULE, ORGANIZATION, organizationId);
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(ORGANIZATION);
    }

    @Override
    public Stream<SearchDocument> documents() {
        return queries.all().stream().map(this::document);
    }

    @Override
    public Optional<SearchDocument> document(RecordRef ref) {
        return ref.is(MODULE, ORGANIZATION) ? queries.byId(ref.id()).map(this::document) : Optional.empty();
    }

    SearchDocument document(OrganizationView organization) {
        Map<String, String> title = new LinkedHashMap<>();
        title.put(Untranslated.languageOf(organization.name(), languages), organization.name());
        String original = organization.originalName();
        if (original != null) {
            // a second name in the same script is not a translation: it is found in the text
            original = title.putIfAbsent(Untranslated.languageOf(original, languages), original) == null ? null : original;
        }
        Map<String, String> text = new LinkedHashMap<>();
        for (Locale locale : languages.locales()) {
            String line = Stream.of(original, label("organizations.type." + organization.type().name(), locale),
                            label("organizations.status." + organization.status().name(), locale),
                            organization.countryName(locale), organization.rorId(), organization.website())
                    .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining("\n"));
            text.put(locale.getLanguage(), line);
        }
        Integer year = organization.statusSince() == null ? null : organization.statusSince().getYear();
        return new SearchDocument(ref(organization.id()), LocalizedText.of(title), LocalizedText.of(text),
                "/directory/" + organization.id(), year, Set.of(organization.country()), Set.of(Reader.PUBLIC),
                organization.updatedAt());
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
