package org.ansoplatform.governance.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.governance.DelegateQueries;
import org.ansoplatform.governance.VotingQueries;
import org.ansoplatform.platform.DashboardCard;
import org.ansoplatform.platform.Deadline;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The representative's card (decision 336): the open votes and elections of the organization, whether it voted, and by when. */
@Component
class RepresentativeDashboardCard implements DashboardCard {

    public record Poll(UUID id, String title, boolean election, Instant deadline, boolean voted) {
    }

    private final DelegateQueries delegates;
    private final VotingQueries voting;
    private final MessageSource messages;

    RepresentativeDashboardCard(DelegateQueries delegates, VotingQueries voting, MessageSource messages) {
        this.delegates = delegates;
        this.voting = voting;
        this.messages = messages;
    }

    @Override
    public String role() {
        return "MEMBER_REPRESENTATIVE";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "governance/dashboard/representative";
    }

    private List<Poll> polls(SignedInPerson me) {
        UUID organization = delegates.organizationOf(me.id()).orElse(null);
        if (organization == null) {
            return null;
        }
        List<Poll> polls = new ArrayList<>();
        voting.openMotionsFor(organization).forEach(m -> polls.add(new Poll(m.id(), m.title(), false, m.deadline(),
                voting.votedOnMotion(m.id(), organization))));
        voting.openElectionsFor(organization).forEach(e -> polls.add(new Poll(e.id(), e.title(), true, e.deadline(),
                voting.votedInElection(e.id(), organization))));
        polls.sort(Comparator.comparing(Poll::deadline, Comparator.nullsLast(Comparator.naturalOrder())));
        return polls;
    }

    @Override
    public Map<String, Object> model(SignedInPerson me, Locale locale) {
        List<Poll> polls = polls(me);
        return polls == null ? Map.of() : Map.of("polls", polls);
    }

    @Override
    public List<Deadline> deadlines(SignedInPerson me, Locale locale) {
        List<Poll> polls = polls(me);
        return polls == null ? List.of() : polls.stream().filter(p -> !p.voted() && p.deadline() != null)
                .map(p -> new Deadline(messages.getMessage("dashboard.deadline.vote", new Object[] {p.title()}, locale), p.deadline(),
                        ZoneOffset.UTC, "/representative/votes"))
                .toList();
    }
}
