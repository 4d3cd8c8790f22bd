package org.ansoplatform.organizations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.organizations.demo.DemoOrganizationStore;
import org.ansoplatform.platform.DemoHistoryStep;
import org.ansoplatform.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's 2021 history (issue 24): the Board had 9 member organizations (“all 9 GB organizations”, Annual Report
 * 2021) and the seeds name three (CAS, RAS, PAS); the other six are illustrative members, named so and marked
 * {@code illustrative}, members since the founding General Assembly. Registered once: a name already taken is left.
 * Runs first, since governance seats them and calls has them nominate.
 */
@Component
class DemoBoardMembers implements DemoHistoryStep {

    /** The six illustrative members: name, country. Their names say they are illustrative. */
    static final List<List<String>> MEMBERS = List.of(
            List.of("Academy of Sciences of Kazakhstan (illustrative member)", "KZ"),
            List.of("National Academy of Sciences of Sri Lanka (illustrative member)", "LK"),
            List.of("Academy of Sciences of Thailand (illustrative member)", "TH"),
            List.of("Brazilian Academy of Sciences (illustrative member)", "BR"),
            List.of("Kenya National Academy of Sciences (illustrative member)", "KE"),
            List.of("Academy of Sciences of Serbia (illustrative member)", "RS"));
    static final LocalDate FOUNDED = LocalDate.of(2018, 11, 4);

    private final OrganizationManagement management;
    private final DemoOrganizationStore store;
    private final TransactionTemplate transactions;

    DemoBoardMembers(OrganizationManagement management, DemoOrganizationStore store, TransactionTemplate transactions) {
        this.management = management;
        this.store = store;
        this.transactions = transactions;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void run() {
        transactions.executeWithoutResult(status -> {
            List<UUID> added = new ArrayList<>();
            for (List<String> member : MEMBERS) {
                if (!management.nameTaken(member.get(0), null)) {
                    added.add(management.register(new OrganizationCommand(member.get(0), null, member.get(1), OrganizationType.ACADEMY,
                            OrganizationStatus.MEMBER, FOUNDED, null, null), Actor.system(DemoOrganizations.SOURCES_DATE)));
                }
            }
            store.markIllustrative(added);
        });
    }
}
