package org.ansoplatform.partnerships.agreements;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.partnerships.AllianceRole;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * Checks an agreement's details and refuses with every violation at once, each at its field ({@code parties},
 * {@code expiresOn}, {@code title[en]}...): at least two parties counting the alliance when it signs, each party an
 * organization of the directory and named once, an expiry not before the effective day, notice only with an expiry.
 */
@Component
class AgreementInput {

    static final int TITLE_MAX = 400, SCOPE_MAX = 10_000, NAME_MAX = 300, NOTICE_MAX = 3650;

    private final OrganizationQueries organizations;
    private final Languages languages;

    AgreementInput(OrganizationQueries organizations, Languages languages) {
        this.organizations = organizations;
        this.languages = languages;
    }

    AgreementCommand check(AgreementCommand c) {
        List<Violation> violations = new ArrayList<>();
        if (c.kind() == null) {
            violations.add(new Violation("kind", "validation.required"));
        }
        LocalizedText title = text(c.title(), "title", TITLE_MAX, true, violations);
        LocalizedText scope = text(c.scope(), "scope", SCOPE_MAX, false, violations);
        if (c.allianceRole() == null) {
            violations.add(new Violation("allianceRole", "validation.required"));
        }
        List<AgreementCommand.Party> parties = parties(c.parties(), violations);
        long signing = parties.stream().filter(p -> p.role() == AllianceRole.PARTY).count()
                + (c.allianceRole() == AllianceRole.PARTY ? 1 : 0);
        if (signing < 2) {
            violations.add(new Violation("parties", "partnerships.agreement.error.parties"));
        }
        Set<Integer> sdgs = new LinkedHashSet<>();
        for (Integer sdg : c.sdgs()) {
            if (sdg == null || sdg < 1 || sdg > 17) {
                violations.add(new Violation("sdgs", "partnerships.agreement.error.sdg"));
            } else {
                sdgs.add(sdg);
            }
        }
        if (c.expiresOn() != null && c.effectiveOn() != null && c.expiresOn().isBefore(c.effectiveOn())) {
            violations.add(new Violation("expiresOn", "partnerships.agreement.error.expiresBeforeEffective"));
        }
        if (c.noticeDays() != null && (c.noticeDays() < 0 || c.noticeDays() > NOTICE_MAX)) {
            violations.add(new Violation("noticeDays", "partnerships.agreement.error.notice", NOTICE_MAX));
        } else if (c.noticeDays() != null && c.expiresOn() == null) {
            violations.add(new Violation("noticeDays", "partnerships.agreement.error.noticeWithoutExpiry"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new AgreementCommand(c.kind(), title, scope, c.allianceRole(), parties, List.copyOf(sdgs), c.effectiveOn(),
                c.expiresOn(), c.noticeDays(), c.confidential(), c.ownerId(), c.illustrative());
    }

    private List<AgreementCommand.Party> parties(List<AgreementCommand.Party> given, List<Violation> violations) {
        List<AgreementCommand.Party> parties = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (AgreementCommand.Party party : given) {
            if (party == null || party.organizationId() == null) {
                continue;
            }
            if (organizations.byId(party.organizationId()).isEmpty()) {
                violations.add(new Violation("parties", "partnerships.agreement.error.unknownOrganization"));
            } else if (!seen.add(party.organizationId())) {
                violations.add(new Violation("parties", "partnerships.agreement.error.partyTwice",
                        organizations.byId(party.organizationId()).orElseThrow().name()));
            } else {
                parties.add(new AgreementCommand.Party(party.organizationId(),
                        Objects.requireNonNullElse(party.role(), AllianceRole.PARTY),
                        TextInput.checkLine(party.signatoryName(), "parties", NAME_MAX, false, violations),
                        TextInput.checkLine(party.signatoryTitle(), "parties", NAME_MAX, false, violations)));
            }
        }
        return parties;
    }

    /** Each configured language's text checked; the first language's required when {@code required}. */
    LocalizedText text(LocalizedText text, String field, int max, boolean required, List<Violation> violations) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String language : languages.tags()) {
            String value = TextInput.check(text.get(language), field + "[" + language + "]", max, false, violations);
            if (value != null && !value.isBlank()) {
                values.put(language, value);
            }
        }
        String first = languages.tags().get(0);
        if (required && !values.containsKey(first)) {
            violations.add(new Violation(field + "[" + first + "]", "validation.required"));
        }
        return LocalizedText.of(values);
    }
}
