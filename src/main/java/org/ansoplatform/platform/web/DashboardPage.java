package org.ansoplatform.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.platform.DashboardCard;
import org.ansoplatform.platform.Deadline;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a signed-in person lands: the cards of the modules (decision 336) that the person's roles allow, in order,
 * and every card's deadlines merged into one list, soonest first.
 */
@Controller
class DashboardPage {

    /** A card as the template renders it: its fragment's template and what it shows. */
    public record Shown(String template, Map<String, Object> model) {
    }

    private final List<DashboardCard> cards;
    private final java.time.Clock clock;

    DashboardPage(List<DashboardCard> cards, java.time.Clock clock) {
        this.cards = cards.stream().sorted(Comparator.comparingInt(DashboardCard::order).thenComparing(DashboardCard::template))
                .toList();
        this.clock = clock;
    }

    @Bean
    static MenuEntry dashboardMenuEntry() {
        return new MenuEntry(Menu.PERSONAL, "nav.dashboard", "/dashboard", 0);
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal SignedInPerson me, Locale locale, Model model) {
        List<Shown> shown = new ArrayList<>();
        List<Deadline> deadlines = new ArrayList<>();
        java.time.Instant now = clock.instant();
        for (DashboardCard card : cards) {
            if (card.role() != null && !me.hasRole(card.role())) {
                continue;
            }
            Map<String, Object> data = card.model(me, locale);
            if (!data.isEmpty()) {
                shown.add(new Shown(card.template(), data));
            }
            card.deadlines(me, locale).stream().filter(deadline -> deadline.at().isAfter(now)).forEach(deadlines::add);
        }
        deadlines.sort(Comparator.comparing(Deadline::at).thenComparing(Deadline::label));
        model.addAttribute("cards", shown);
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("signedInEmail", me.email());
        return "dashboard";
    }
}
