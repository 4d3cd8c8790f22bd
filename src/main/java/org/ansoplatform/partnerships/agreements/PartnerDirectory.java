package org.ansoplatform.partnerships.agreements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.partnerships.AgreementKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public partners page: every organization in a signed agreement that is not confidential, with those agreements,
 * filtered by kind of agreement and by the partner's country. Nothing else of an agreement is public.
 */
@Service
@Transactional(readOnly = true)
public class PartnerDirectory {

    /** A partner and its public agreements, newest first. */
    public record Partner(UUID organizationId, String name, String country, List<AgreementView> agreements) {

        public String countryName(java.util.Locale locale) {
            return country == null || !org.ansoplatform.shared.CountryCode.isValid(country) ? country
                    : new org.ansoplatform.shared.CountryCode(country).displayName(locale);
        }
    }

    private final AgreementQueries queries;

    PartnerDirectory(AgreementQueries queries) {
        this.queries = queries;
    }

    public List<Partner> partners(AgreementKind kind, String country) {
        Map<UUID, Partner> partners = new LinkedHashMap<>();
        for (AgreementView agreement : queries.all(new AgreementFilter(null, kind, null, null, null, null, null))) {
            if (!AgreementVisibility.isPublic(agreement)) {
                continue;
            }
            for (AgreementView.Party party : agreement.parties()) {
                if (country != null && !country.equalsIgnoreCase(String.valueOf(party.country()))) {
                    continue;
                }
                partners.computeIfAbsent(party.organizationId(), id -> new Partner(id, party.name(), party.country(),
                        new ArrayList<>())).agreements().add(agreement);
            }
        }
        List<Partner> list = new ArrayList<>(partners.values());
        list.sort(Comparator.comparing(Partner::name, String.CASE_INSENSITIVE_ORDER));
        return list;
    }
}
