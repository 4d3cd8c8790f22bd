package org.ansoplatform.governance.indexing;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.ansoplatform.governance.AmendmentView;
import org.ansoplatform.governance.ArticleView;
import org.ansoplatform.governance.AssociationQueries;
import org.ansoplatform.governance.AssociationView;
import org.ansoplatform.governance.AttendanceView;
import org.ansoplatform.governance.DecisionView;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.governance.SessionView;
import org.ansoplatform.governance.StatuteQueries;
import org.ansoplatform.governance.VersionView;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.Untranslated;
import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.search.SearchSource;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Governance's public records as search finds them, each on the public page that shows it: associations, Board
 * and Assembly sessions (agenda, place, minutes; the documents stay out, a Board session's are the Board's), their
 * decisions, amendments, and the articles of the Statutes in force. Membership applications are not indexed: they
 * are read only by the applicant, the Secretariat and the Board. Texts written once are keyed by their script
 * ({@link Untranslated}); labels (a body, an outcome, "Article 9") are given in every configured language.
 */
@Component
class GovernanceSearchSource implements SearchSource {

    private static final Set<String> PUBLIC = Set.of(Reader.PUBLIC);

    private final AssociationQueries associations;
    private final SessionQueries sessions;
    private final StatuteQueries statutes;
    private final OrganizationQueries organizations;
    private final MessageSource messages;
    private final Languages languages;

    GovernanceSearchSource(AssociationQueries associations, SessionQueries sessions, StatuteQueries statutes,
            OrganizationQueries organizations, MessageSource messages, Languages languages) {
        this.associations = associations;
        this.sessions = sessions;
        this.statutes = statutes;
        this.organizations = organizations;
        this.messages = messages;
        this.languages = languages;
    }

    @Override
    public String module() {
        return GovernanceRecords.MODULE;
    }

    @Override
    public Set<String> types() {
        return GovernanceRecords.TYPES;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<SearchDocument> documents() {
        List<SessionView> all = sessions.list();
        Stream<SearchDocument> articles = statutes.current().stream()
                .flatMap(version -> statutes.articles(version.number()).stream().map(article -> article(version, article)));
        return Stream.of(associations.list().stream().map(this::association),
                        all.stream().map(this::session),
                        all.stream().flatMap(session -> sessions.decisions(session.id()).stream()).map(this::decision),
                        statutes.amendments().stream().map(this::amendment),
                        articles)
                .flatMap(documents -> documents).toList().stream();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SearchDocument> document(RecordRef ref) {
        if (!ref.module().equals(GovernanceRecords.MODULE)) {
            return Optional.empty();
        }
        return switch (ref.type()) {
            case GovernanceRecords.ASSOCIATION -> associations.find(ref.id()).map(this::association);
            case GovernanceRecords.SESSION -> sessions.find(ref.id()).map(this::session);
            case GovernanceRecords.DECISION -> sessions.decision(ref.id()).map(this::decision);
            case GovernanceRecords.AMENDMENT -> statutes.amendment(ref.id()).map(this::amendment);
            case GovernanceRecords.ARTICLE -> statutes.current().flatMap(version -> statutes.articles(version.number()).stream()
                    .filter(article -> GovernanceRecords.article(article.number()).equals(ref)).findFirst()
                    .map(article -> article(version, article)));
            default -> Optional.empty();
        };
    }

    private SearchDocument association(AssociationView association) {
        LocalizedText title = Untranslated.of(languages, association.acronym() + " — " + association.name());
        LocalizedText text = joined(Untranslated.of(languages, association.leadInstitution(), association.aims(),
                association.regions(), association.countries(), association.coordinator(), association.members()),
                everyLanguage("governance.associationState." + association.state().name()));
        Set<String> countries = new LinkedHashSet<>();
        Stream.concat(Stream.ofNullable(association.leadOrganizationId()), association.memberIds().stream())
                .map(organizations::byId).flatMap(Optional::stream).map(OrganizationView::country).forEach(countries::add);
        Integer year = sessions.decision(association.approvedBy()).map(decision -> decision.date().getYear()).orElse(null);
        return new SearchDocument(GovernanceRecords.association(association.id()), title, text,
                "/governance/associations/" + association.id(), year, countries, PUBLIC, null);
    }

    private SearchDocument session(SessionView session) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(session.location());
        sessions.agenda(session.id()).forEach(item -> parts.add(item.title()));
        parts.add(session.minutes());
        Set<String> countries = new LinkedHashSet<>();
        sessions.attendance(session.id()).stream().filter(AttendanceView::present)
                .map(attendance -> organizations.byId(attendance.organizationId())).flatMap(Optional::stream)
                .map(OrganizationView::country).forEach(countries::add);
        return new SearchDocument(GovernanceRecords.session(session.id()), Untranslated.of(languages, session.title()),
                joined(everyLanguage("governance.body." + session.body().name()), Untranslated.of(languages, parts.toArray(String[]::new))),
                "/governance/sessions/" + session.id(), session.date().getYear(), countries, PUBLIC, null);
    }

    private SearchDocument decision(DecisionView decision) {
        Map<String, String> title = new LinkedHashMap<>();
        for (Locale locale : languages.locales()) {
            title.put(locale.getLanguage(), label("governance.outcome." + decision.outcome().name(), locale) + " — "
                    + decision.sessionTitle());
        }
        return new SearchDocument(GovernanceRecords.decision(decision.id()), LocalizedText.of(title),
                joined(Untranslated.of(languages, decision.text()), everyLanguage("governance.body." + decision.body().name())),
                "/governance/decisions/" + decision.id(), decision.date().getYear(), Set.of(), PUBLIC, null);
    }

    private SearchDocument amendment(AmendmentView amendment) {
        return new SearchDocument(GovernanceRecords.amendment(amendment.id()),
                headed("governance.amendment.title", amendment.articleNumber(), amendment.heading()),
                joined(Untranslated.of(languages, amendment.body(), amendment.rationale()),
                        everyLanguage("governance.amendmentState." + amendment.state().name())),
                "/governance/amendments/" + amendment.id(), amendment.proposedAt().atZone(ZoneOffset.UTC).getYear(),
                Set.of(), PUBLIC, null);
    }

    private SearchDocument article(VersionView version, ArticleView article) {
        return new SearchDocument(GovernanceRecords.article(article.number()),
                headed("governance.statutes.article", article.number(), article.heading()),
                Untranslated.of(languages, article.body()), "/governance/statutes#article-" + article.number(),
                version.effectiveFrom() == null ? null : version.effectiveFrom().getYear(), Set.of(), PUBLIC, null);
    }

    /** "Article 9 — Secretariat" in every language, the heading as written. */
    private LocalizedText headed(String key, String number, String heading) {
        Map<String, String> title = new LinkedHashMap<>();
        for (Locale locale : languages.locales()) {
            String label = messages.getMessage(key, new Object[] {number}, key, locale);
            title.put(locale.getLanguage(), heading == null || heading.isBlank() ? label : label + " — " + heading);
        }
        return LocalizedText.of(title);
    }

    private LocalizedText everyLanguage(String key) {
        return languages.message(messages, key);
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Each language's texts, one after the other on lines of their own. */
    private static LocalizedText joined(LocalizedText... texts) {
        Map<String, String> values = new LinkedHashMap<>();
        for (LocalizedText text : texts) {
            text.values().forEach((language, value) -> values.merge(language, value, (a, b) -> a + "\n" + b));
        }
        return LocalizedText.of(values);
    }
}
