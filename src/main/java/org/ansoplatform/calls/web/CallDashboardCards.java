package org.ansoplatform.calls.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallStatus;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.CallsPaths;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.intake.ApplicationChecklist;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.NominationManagement;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.DashboardCard;
import org.ansoplatform.platform.Deadline;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The calls module's dashboard cards (decision 336): the applicant's applications with what is still missing, the
 * representative's nominations left per call, and the Secretariat's open calls with their charts.
 */
@Configuration(proxyBeanMethods = false)
class CallDashboardCards {

    /** One of my applications: its standing, the call's deadline while it is a draft, and what is still missing. */
    public record MyApplication(UUID id, String callTitle, String reference, String standingKey, Instant closesAt, java.time.ZoneId zone,
            Instant respondBy, List<String> missing) {
    }

    /** A call open for nominations: how many the organization used of its quota. */
    public record NominationsLeft(UUID callId, String title, int quota, int used) {

        public int left() {
            return Math.max(0, quota - used);
        }
    }

    @Bean
    DashboardCard applicantCard(ApplicationIntake applications, CallQueries calls, ApplicationStandings standings,
            ApplicationChecklist checklists, MessageSource messages, Clock clock) {
        return DashboardCard.of("APPLICANT", 10, "calls/dashboard/applicant", (me, locale) -> {
            List<MyApplication> mine = new ArrayList<>();
            for (ApplicationView application : applications.mine(me.id())) {
                CallView call = calls.any(application.callId());
                ApplicationStandings.Place place = standings.of(application, call);
                List<String> missing = application.isDraft() ? missing(application, call, checklists, messages, locale) : List.of();
                mine.add(new MyApplication(application.id(), call.definition().title().in(locale), application.reference(),
                        place.standing().messageKey(), application.isDraft() ? call.definition().closesAt() : null,
                        call.definition().zone(), place.respondBy(), missing));
            }
            return Map.of("applications", mine);
        }, (me, locale) -> {
            List<Deadline> deadlines = new ArrayList<>();
            for (ApplicationView application : applications.mine(me.id())) {
                CallView call = calls.any(application.callId());
                String title = call.definition().title().in(locale);
                if (application.isDraft() && call.accepting(clock.instant())) {
                    deadlines.add(new Deadline(messages.getMessage("dashboard.deadline.submit", new Object[] {title}, locale),
                            call.definition().closesAt(), call.definition().zone(), CallsPaths.application(application.id())));
                }
                Instant respondBy = standings.of(application, call).respondBy();
                if (respondBy != null) {
                    deadlines.add(new Deadline(messages.getMessage("dashboard.deadline.answerOffer", new Object[] {title}, locale),
                            respondBy, call.definition().zone(), CallsPaths.application(application.id())));
                }
            }
            return deadlines;
        });
    }

    /** The labels of what still blocks the submission, as the application's checklist names them. */
    private static List<String> missing(ApplicationView application, CallView call, ApplicationChecklist checklists, MessageSource messages,
            Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (FormField field : call.definition().form().fields()) {
            labels.put(field.key(), field.label().in(locale));
        }
        labels.putIfAbsent(ApplicationIntake.TRACK, messages.getMessage("calls.call.track", null, locale));
        labels.put("referees", messages.getMessage("calls.checklist.referees", null, locale));
        return checklists.of(application, call).missing().stream().map(v -> labels.getOrDefault(v.field(), v.field())).distinct().toList();
    }

    @Bean
    DashboardCard nominationsCard(NominationManagement nominations, CallQueries calls, MessageSource messages, Clock clock) {
        return DashboardCard.of("MEMBER_REPRESENTATIVE", 30, "calls/dashboard/nominations", (me, locale) -> {
            OrganizationView organization = nominations.organizationOf(me).orElse(null);
            if (organization == null) {
                return Map.of();
            }
            List<NominationsLeft> left = calls.published().stream()
                    .filter(call -> call.accepting(clock.instant()) && call.definition().nominationQuota() > 0)
                    .map(call -> new NominationsLeft(call.id(), call.definition().title().in(locale), call.definition().nominationQuota(),
                            nominations.used(call.id(), organization.id())))
                    .toList();
            return Map.of("organization", organization.name(), "calls", left);
        }, (me, locale) -> {
            if (nominations.organizationOf(me).isEmpty()) {
                return List.of();
            }
            return calls.published().stream().filter(call -> call.accepting(clock.instant()) && call.definition().nominationQuota() > 0)
                    .map(call -> new Deadline(messages.getMessage("dashboard.deadline.nominate",
                            new Object[] {call.definition().title().in(locale)}, locale), call.definition().closesAt(),
                            call.definition().zone(), "/representative/nominations"))
                    .toList();
        });
    }

    static boolean open(CallView call) {
        return call.definition().status() == CallStatus.OPEN;
    }
}
