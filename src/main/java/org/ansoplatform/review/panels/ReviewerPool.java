package org.ansoplatform.review.panels;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer pool: experts linked to a person account (found by email, or invited with the REVIEWER
 * role), with institution, country, languages, fields of expertise from the controlled vocabulary, a
 * maximum load and the relations they declare themselves (institutions, organizations, people).
 */
@Service
@Transactional
public class ReviewerPool {

    static final int MAX_RELATIONS = 50;
    /** The longest relation value (an institution, an organization's id, a person's name). */
    public static final int MAX_RELATION_LENGTH = 300;
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");

    private final ReviewerStore store;
    private final AccountQueries accountQueries;
    private final AccountManagement accounts;
    private final OrganizationQueries organizations;
    private final Clock clock;
    private final ConflictRegister conflicts;

    ReviewerPool(ReviewerStore store, AccountQueries accountQueries, AccountManagement accounts, OrganizationQueries organizations,
            Clock clock, ConflictRegister conflicts) {
        this.store = store;
        this.accountQueries = accountQueries;
        this.accounts = accounts;
        this.organizations = organizations;
        this.clock = clock;
        this.conflicts = conflicts;
    }

    /** One term of the expertise vocabulary; an area has a one-digit code, its fields {@code area.n}. */
    public record Field(String code, String area, LocalizedText name) {

        public boolean isArea() {
            return code.equals(area);
        }
    }

    public enum RelationKind { INSTITUTION, ORGANIZATION, PERSON }

    /** Something a reviewer is related to: an institution, a member organization (its id) or a person (name or email). */
    public record Relation(RelationKind kind, String value) {
    }

    /** @param institutionRor the ROR id of the institution (bare, as ROR writes it), null when none was given */
    public record ReviewerView(UUID id, UUID personId, String name, String email, String institution, String country,
            List<String> languages, List<String> fields, int maxLoad, List<Relation> relations, boolean active, String institutionRor) {

        /** The ROR id as a value with its link, null when none. */
        public org.ansoplatform.shared.RorId ror() {
            return institutionRor == null || !org.ansoplatform.shared.RorId.isValid(institutionRor) ? null
                    : org.ansoplatform.shared.RorId.parse(institutionRor);
        }
    }

    /**
     * What the Secretariat enters for a reviewer; lists may be null.
     *
     * @param institutionRor the institution's ROR id, optional (bare or as its https URI)
     */
    public record ReviewerCommand(String email, String name, String institution, String country, List<String> languages,
            List<String> fields, Integer maxLoad, String institutionRor) {

        public ReviewerCommand(String email, String name, String institution, String country, List<String> languages,
                List<String> fields, Integer maxLoad) {
            this(email, name, institution, country, languages, fields, maxLoad, null);
        }
    }

    @Transactional(readOnly = true)
    public List<Field> fields() {
        return store.fields();
    }

    /** The pool, optionally only those with a field (a field code, or an area code matching any of its fields). */
    @Transactional(readOnly = true)
    public List<ReviewerView> list(String field) {
        return field == null || field.isBlank() ? store.all() : store.withField(field.strip());
    }

    @Transactional(readOnly = true)
    public ReviewerView get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("reviewer " + id));
    }

    @Transactional(readOnly = true)
    public Optional<ReviewerView> ofPerson(UUID personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return store.ofPerson(personId);
    }

    /**
     * Adds an expert to the pool: the person with that email gets the REVIEWER role, or is invited with it
     * (the invitation email lets them set a password). Returns the reviewer's id.
     */
    public UUID add(ReviewerCommand command) {
        Checked c = check(command);
        String email = command.email() == null ? "" : command.email().strip().toLowerCase(Locale.ROOT);
        if (!org.ansoplatform.shared.EmailAddress.isValid(email)) {
            throw new InvalidInputException("email", "review.pool.error.email");
        }
        UUID personId = accountQueries.idOf(email).orElse(null);
        if (personId != null && ofPerson(personId).isPresent()) {
            throw new org.ansoplatform.platform.ConflictException("email", "review.pool.error.already");
        }
        if (personId == null) {
            personId = accounts.invite(email, c.name, Set.of(Role.REVIEWER), "en");
        } else {
            accounts.grant(personId, Role.REVIEWER);
        }
        UUID id = UUID.randomUUID();
        store.insert(id, personId, c, email, clock.instant());
        return id;
    }

    public void update(UUID id, ReviewerCommand command) {
        Checked c = check(command);
        boolean updated = store.update(id, c);
        if (!updated) {
            throw new NotFoundException("reviewer " + id);
        }
        conflicts.recomputePanelsOf(id);
    }

    /** A reviewer replaces the relations they declare; 404 for someone who is not in the pool. */
    public void updateRelations(UUID personId, List<Relation> relations) {
        ReviewerView me = ofPerson(personId).orElseThrow(() -> new NotFoundException("reviewer"));
        List<Violation> violations = new ArrayList<>();
        List<Relation> clean = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < relations.size(); i++) {
            Relation relation = relations.get(i);
            String value = relation.value() == null ? "" : relation.value().strip();
            if (value.isEmpty()) {
                continue;
            }
            if (relation.kind() == null) {
                violations.add(new Violation("relations[" + i + "]", "review.pool.error.relationKind"));
            } else if (value.length() > MAX_RELATION_LENGTH) {
                violations.add(new Violation("relations[" + i + "]", "review.pool.error.relationLength", MAX_RELATION_LENGTH));
            } else if (relation.kind() == RelationKind.ORGANIZATION && !isOrganization(value)) {
                violations.add(new Violation("relations[" + i + "]", "review.pool.error.organization", value));
            } else if (seen.add(relation.kind() + ":" + value.toLowerCase(Locale.ROOT))) {
                clean.add(new Relation(relation.kind(), value));
            }
        }
        if (clean.size() > MAX_RELATIONS) {
            violations.add(new Violation("relations", "review.pool.error.relationCount", MAX_RELATIONS));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        store.updateRelations(me.id(), clean);
        conflicts.recomputePanelsOf(me.id());
    }

    private boolean isOrganization(String value) {
        try {
            return organizations.byId(UUID.fromString(value)).isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    record Checked(String name, String institution, String country, List<String> languages, List<String> fields, int maxLoad,
            String institutionRor) {
    }

    private Checked check(ReviewerCommand command) {
        List<Violation> violations = new ArrayList<>();
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            violations.add(new Violation("name", "review.pool.error.name", 200));
        }
        String institution = command.institution() == null ? "" : command.institution().strip();
        String rorText = command.institutionRor() == null ? "" : command.institutionRor().strip();
        org.ansoplatform.shared.RorId ror = null;
        if (!rorText.isEmpty() && !org.ansoplatform.shared.RorId.isValid(rorText)) {
            violations.add(new Violation("institutionRor", "ror.invalid"));
        } else if (!rorText.isEmpty()) {
            ror = org.ansoplatform.shared.RorId.parse(rorText);
            if (institution.isEmpty()) {
                // the directory names an institution given only by its ROR id
                institution = organizations.byRorId(ror).map(org.ansoplatform.organizations.OrganizationView::name).orElse("");
            }
        }
        if (institution.length() > 300) {
            violations.add(new Violation("institution", "review.pool.error.institution", 300));
        }
        String country = command.country() == null || command.country().isBlank() ? null
                : command.country().strip().toUpperCase(Locale.ROOT);
        if (country != null && !CountryCode.isValid(country)) {
            violations.add(new Violation("country", "review.pool.error.country", country));
        }
        List<String> languages = new ArrayList<>();
        for (String language : command.languages() == null ? List.<String>of() : command.languages()) {
            String tag = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
            if (tag.isEmpty() || languages.contains(tag)) {
                continue;
            }
            if (!LANGUAGE.matcher(tag).matches()) {
                violations.add(new Violation("languages", "review.pool.error.language", tag));
            } else {
                languages.add(tag);
            }
        }
        Set<String> known = new java.util.HashSet<>(fields().stream().map(Field::code).toList());
        List<String> fields = new ArrayList<>();
        for (String field : command.fields() == null ? List.<String>of() : command.fields()) {
            String code = field == null ? "" : field.strip();
            if (code.isEmpty() || fields.contains(code)) {
                continue;
            }
            if (!known.contains(code)) {
                violations.add(new Violation("fields", "review.pool.error.field", code));
            } else {
                fields.add(code);
            }
        }
        if (fields.isEmpty() && violations.stream().noneMatch(v -> "fields".equals(v.field()))) {
            violations.add(new Violation("fields", "review.pool.error.noField"));
        }
        int maxLoad = command.maxLoad() == null ? 40 : command.maxLoad();
        if (maxLoad < 0 || maxLoad > 500) {
            violations.add(new Violation("maxLoad", "review.pool.error.maxLoad", 0, 500));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Checked(name, institution, country, languages, fields, maxLoad, ror == null ? null : ror.value());
    }
}
