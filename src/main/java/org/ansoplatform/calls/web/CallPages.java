package org.ansoplatform.calls.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public list of calls and a page per call with its rules and deadline. */
@Controller
class CallPages {

    private final CallQueries calls;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationIntake applications;
    private final ApplicationStandings standings;

    CallPages(CallQueries calls, MessageSource messages, Clock clock, ApplicationIntake applications, ApplicationStandings standings) {
        this.applications = applications;
        this.standings = standings;
        this.calls = calls;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/calls")
    String list(Model model) {
        Instant now = clock.instant();
        List<CallView> published = calls.published();
        model.addAttribute("open", published.stream().filter(call -> call.accepting(now)).toList());
        model.addAttribute("upcoming", published.stream().filter(call -> call.upcoming(now)).toList());
        model.addAttribute("past", published.stream().filter(call -> !call.accepting(now) && !call.upcoming(now)).toList());
        return "calls/list";
    }

    @GetMapping("/calls/{id}")
    String call(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model) {
        CallView call = calls.visibleTo(id, me != null && me.hasRole("SECRETARIAT"));
        model.addAttribute("draftPreview", !call.published());
        if (me != null) {
            // where the reader stands with this call: the application that counts (not withdrawn), or none
            List<ApplicationView> mine = applications.mine(me.id()).stream().filter(application -> application.callId().equals(id)).toList();
            mine.stream().filter(application -> application.status() != ApplicationStatus.WITHDRAWN).findFirst().ifPresent(application -> {
                ApplicationStandings.Place place = standings.of(application, call);
                model.addAttribute("mine", application);
                model.addAttribute("standing", place.standing());
                model.addAttribute("respondBy", place.respondBy() == null ? null
                        : ApplicationPageModel.inZone(place.respondBy(), call.definition().zone()));
            });
            model.addAttribute("withdrawnBefore", mine.stream().anyMatch(application -> application.status() == ApplicationStatus.WITHDRAWN));
        }
        model.addAttribute("call", call);
        model.addAttribute("accepting", call.accepting(clock.instant()));
        model.addAttribute("rules", Eligibility.fromJson(call.definition().eligibility()).stream()
                .map(rule -> Eligibility.describe(rule, messages, locale)).toList());
        return "calls/call";
    }
}
