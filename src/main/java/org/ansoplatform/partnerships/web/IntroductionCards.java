package org.ansoplatform.partnerships.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.partnerships.IntroductionView;
import org.ansoplatform.partnerships.TechnologyAccess;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.partnerships.TechnologyView;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;

/**
 * An introduction as one reader may see it. Before both sides agreed a party learns of the other only its kind of
 * organization and country (and an offer's owner, which its public page names anyway), never a name of a person or a
 * way to reach them; once introduced, both sides' organizations and confirmed representatives with their emails and
 * phones. The Secretariat sees everything, as the mediator.
 */
@Component
class IntroductionCards {

    /** One side: its organization (null while hidden), kind and country, and its contacts (empty while hidden). */
    public record Side(String organization, String type, String country, String website, List<Contact> contacts) {
    }

    public record Contact(String name, String email, String phone, String position) {
    }

    public record Card(IntroductionView introduction, TechnologyView item, Side owner, Side interested, boolean ownerSide,
            boolean interestedSide, boolean identitiesShown) {

        public String itemPath() {
            return TechnologyWeb.item(item.kind(), item.id());
        }
    }

    private final TechnologyQueries queries;
    private final TechnologyAccess access;
    private final OrganizationQueries organizations;
    private final AccountQueries accounts;

    IntroductionCards(TechnologyQueries queries, TechnologyAccess access, OrganizationQueries organizations,
            AccountQueries accounts) {
        this.queries = queries;
        this.access = access;
        this.organizations = organizations;
        this.accounts = accounts;
    }

    /** The card, or empty when the reader may not see the introduction at all. */
    Optional<Card> card(UUID id, Reader reader, Locale locale) {
        return queries.introduction(id).flatMap(i -> card(i, reader, locale));
    }

    Optional<Card> card(IntroductionView i, Reader reader, Locale locale) {
        TechnologyView item = queries.byId(i.technologyId()).orElse(null);
        if (item == null || !access.mayRead(i, item, reader)) {
            return Optional.empty();
        }
        List<UUID> mine = access.organizations(reader);
        boolean ownerSide = mine.contains(item.organizationId());
        boolean interestedSide = mine.contains(i.interestedOrganization());
        boolean shown = access.identitiesShown(i, reader);
        boolean ownerNamed = shown || interestedSide && access.showsOrganization(item, reader) || ownerSide;
        Side owner = side(item.organizationId(), ownerNamed, shown || ownerSide, locale);
        Side interested = side(i.interestedOrganization(), shown || interestedSide, shown || interestedSide, locale);
        return Optional.of(new Card(i, item, owner, interested, ownerSide, interestedSide, shown));
    }

    List<Card> cards(List<IntroductionView> introductions, Reader reader, Locale locale) {
        return introductions.stream().map(i -> card(i, reader, locale)).flatMap(Optional::stream).toList();
    }

    private Side side(UUID organizationId, boolean named, boolean reachable, Locale locale) {
        OrganizationView o = organizations.byId(organizationId).orElse(null);
        if (o == null) {
            return new Side(null, null, null, null, List.of());
        }
        List<Contact> contacts = !reachable ? List.of() : queries.confirmedRepresentatives(organizationId).stream()
                .map(r -> accounts.contact(r.personId()).map(c -> new Contact(c.displayName(), c.email(), r.phone(), r.position())))
                .flatMap(Optional::stream).toList();
        return new Side(named ? o.name() : null, o.type().name(), o.countryName(locale), named ? o.website() : null, contacts);
    }
}
