package org.ansoplatform.calls.dashboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallStatus;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.Track;
import org.ansoplatform.calls.selection.SelectionStatistics;
import org.ansoplatform.calls.selection.SelectionStatistics.CallStatistics;
import org.ansoplatform.calls.selection.SelectionStatistics.Counts;
import org.ansoplatform.platform.DashboardCard;
import org.ansoplatform.platform.Deadline;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.shared.CountryCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Secretariat's card of each open call: applications started and submitted per day, applicants by country (the
 * chart shows the top 20, the table all of them) and the funnel from started to enrolled by track.
 */
@Component
class SecretariatCallsCard implements DashboardCard {

    static final List<String> STAGES = List.of("started", "applications", "eligible", "reviewed", "offered", "accepted", "enrolled");

    /** A country's line, named in the reader's language. */
    public record CountryLine(String code, String name, long started, long submitted) {
    }

    /** One stage of the funnel: its count in each track, in the columns' order, then in all tracks. */
    public record Stage(String key, List<Long> counts) {
    }

    public record OpenCall(UUID id, String title, String code, List<CallDashboardQueries.Day> days, List<CountryLine> countries,
            List<String> tracks, List<Stage> funnel) {
    }

    private final CallQueries calls;
    private final CallDashboardQueries queries;
    private final SelectionStatistics statistics;
    private final MessageSource messages;
    private final Clock clock;

    SecretariatCallsCard(CallQueries calls, CallDashboardQueries queries, SelectionStatistics statistics, MessageSource messages,
            Clock clock) {
        this.calls = calls;
        this.queries = queries;
        this.statistics = statistics;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String role() {
        return "SECRETARIAT";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "calls/dashboard/secretariat";
    }

    private List<CallView> openCalls() {
        return calls.all().stream().filter(call -> call.definition().status() == CallStatus.OPEN).toList();
    }

    @Override
    public Map<String, Object> model(SignedInPerson me, Locale locale) {
        List<OpenCall> open = new ArrayList<>();
        for (CallView call : openCalls()) {
            open.add(new OpenCall(call.id(), call.definition().title().in(locale), call.definition().code(),
                    queries.perDay(call.id(), call.definition().zone()),
                    queries.byCountry(call.id()).stream().map(c -> new CountryLine(c.country(),
                            c.country().isEmpty() ? "—" : CountryCode.name(c.country(), locale), c.started(), c.submitted())).toList(),
                    call.definition().tracks().stream().map(track -> track.name().in(locale)).toList(), funnel(call)));
        }
        return Map.of("calls", open);
    }

    private List<Stage> funnel(CallView call) {
        CallStatistics stats = statistics.of(call.id());
        List<String> codes = call.definition().tracks().stream().map(Track::code).toList();
        List<Stage> stages = new ArrayList<>();
        for (String stage : STAGES) {
            List<Long> counts = new ArrayList<>();
            for (String code : codes) {
                Counts inTrack = stats.byTrack().stream().filter(g -> g.key().equals(code)).map(SelectionStatistics.Group::counts)
                        .findFirst().orElse(null);
                counts.add(stage.equals("started") ? stats.startedIn(code) : count(inTrack, stage));
            }
            counts.add(stage.equals("started") ? stats.started() : count(stats.total(), stage));
            stages.add(new Stage(stage, counts));
        }
        return stages;
    }

    private static long count(Counts counts, String stage) {
        if (counts == null) {
            return 0;
        }
        return switch (stage) {
            case "applications" -> counts.applications();
            case "eligible" -> counts.eligible();
            case "reviewed" -> counts.reviewed();
            case "offered" -> counts.offered();
            case "accepted" -> counts.accepted();
            default -> counts.enrolled();
        };
    }

    @Override
    public List<Deadline> deadlines(SignedInPerson me, Locale locale) {
        List<Deadline> deadlines = new ArrayList<>();
        Map<UUID, CallView> byId = new java.util.HashMap<>();
        calls.all().forEach(call -> byId.put(call.id(), call));
        for (CallView call : byId.values()) {
            if (call.accepting(clock.instant()) || call.upcoming(clock.instant())) {
                deadlines.add(new Deadline(messages.getMessage("dashboard.deadline.callCloses",
                        new Object[] {call.definition().title().in(locale)}, locale), call.definition().closesAt(), call.definition().zone(),
                        "/secretariat/calls/" + call.id() + "/applications"));
            }
        }
        for (CallDashboardQueries.OpenOffer offer : queries.openOffers(clock.instant())) {
            CallView call = byId.get(offer.callId());
            if (call != null) {
                deadlines.add(new Deadline(messages.getMessage("dashboard.deadline.offersAnswer",
                        new Object[] {offer.offers(), call.definition().title().in(locale)}, locale), offer.respondBy(),
                        call.definition().zone(), "/secretariat/calls/" + call.id() + "/selection"));
            }
        }
        return deadlines;
    }
}
