package org.ansoplatform.partnerships.agreements;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.AllianceRole;
import org.ansoplatform.partnerships.DealConcluded;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deal made through the Technology Transfer Platform drafts the agreement that records it: PROPOSED, of the deal's
 * kind, between the organizations of the deal, with the alliance as supporter (it mediated, it does not sign), naming
 * the introduction it came from. In the transaction that recorded the deal, so that both happen or neither.
 */
@Component
class AgreementDeals {

    private final AgreementManagement management;

    AgreementDeals(AgreementManagement management) {
        this.management = management;
    }

    @EventListener
    void on(DealConcluded deal) {
        AgreementKind kind = deal.kind() == null ? AgreementKind.LICENCE : deal.kind();
        List<AgreementCommand.Party> parties = deal.organizationIds().stream().distinct().map(AgreementCommand.Party::of).toList();
        UUID id = management.propose(new AgreementCommand(kind, LocalizedText.of(Map.of("en", deal.title())), null,
                AllianceRole.SUPPORTER, parties, List.of(), null, null, null, true, null, false), deal.actor());
        management.origin(id, deal.introduction());
    }
}
