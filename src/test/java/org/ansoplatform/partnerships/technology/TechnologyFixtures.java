package org.ansoplatform.partnerships.technology;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.Someone;
import org.ansoplatform.TestClock;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.partnerships.CooperationModel;
import org.ansoplatform.partnerships.IpStatus;
import org.ansoplatform.partnerships.TechnologyCommand;
import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.partnerships.TechnologyRepresentativeManagement;
import org.ansoplatform.partnerships.TechnologySector;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;

/** Organizations, their confirmed representatives and their offers and requests, entered through the module's commands. */
public record TechnologyFixtures(AccountManagement accounts, OrganizationManagement organizations,
        TechnologyRepresentativeManagement representatives, TechnologyOfferManagement offers, TestClock clock) {

    /** A person who speaks for an organization of their own, confirmed by the Secretariat. */
    public record Party(Someone person, UUID organization, String name) {

        public Actor actor(TestClock clock) {
            return new Actor(person.id(), person.email(), null, clock.instant());
        }
    }

    public Party party(String name, String country, OrganizationType type) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String organizationName = name + " " + marker;
        UUID organization = organizations.create(new OrganizationCommand(organizationName, null, country, type,
                OrganizationStatus.PARTNER, null, null, null));
        Someone person = Someone.register(accounts, "Representative " + marker.replaceAll("[0-9]", "x"), "APPLICANT");
        UUID request = representatives.request(organization, "Technology transfer officer", "+86 10 5555 " + marker.substring(0, 4),
                new Actor(person.id(), person.email(), null, clock.instant()));
        representatives.confirm(request, secretariat());
        return new Party(person, organization, organizationName);
    }

    public Actor secretariat() {
        return new Actor(null, "secretariat-test", null, clock.instant());
    }

    public static TechnologyCommand offer(UUID organization, String title, int trl, TechnologySector sector, List<Integer> sdgs,
            List<String> countries) {
        return new TechnologyCommand(TechnologyKind.OFFER, organization, LocalizedText.of(title, "技术 " + title),
                LocalizedText.of("What " + title + " does.", null), "Li Wei, Anna Ivanova", null, "CAS-2021-001", trl,
                "Field tests in 2021", IpStatus.PATENT_GRANTED, "CN112345678A", List.of(sector), sdgs, countries,
                List.of(CooperationModel.LICENCE), null, null, null);
    }

    public static TechnologyCommand request(UUID organization, String title, int trl, TechnologySector sector,
            List<Integer> sdgs, List<String> countries) {
        return new TechnologyCommand(TechnologyKind.REQUEST, organization, LocalizedText.of(title, null),
                LocalizedText.of("We need " + title + ".", null), null, null, null, trl, null, null, null, List.of(sector), sdgs,
                countries, List.of(CooperationModel.LICENCE), new BigDecimal("10000"), new BigDecimal("50000"), "USD");
    }

    /** Drafted by the party, submitted, published by the Secretariat. */
    public UUID published(Party party, TechnologyCommand command) {
        UUID id = offers.draft(command, false, party.actor(clock));
        offers.submit(id, party.actor(clock));
        offers.publish(id, secretariat());
        return id;
    }
}
