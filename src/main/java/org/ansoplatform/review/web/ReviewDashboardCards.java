package org.ansoplatform.review.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.platform.DashboardCard;
import org.ansoplatform.platform.Deadline;
import org.ansoplatform.review.ReviewView;
import org.ansoplatform.review.dashboard.ReviewDashboardQueries;
import org.ansoplatform.review.reviewing.ReviewDesk;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review module's dashboard cards (decision 336): the reviewer's reviews, and the Secretariat's panels with “Remind”. */
@Configuration(proxyBeanMethods = false)
class ReviewDashboardCards {

    /** A panel of the reviewer: its reviews still to write, those done, and its deadline. */
    public record MyPanel(UUID panelId, String title, Instant deadline, ZoneId zone, int toDo, int done, List<ReviewView> open) {
    }

    @Bean
    DashboardCard reviewerCard(ReviewDesk desk, MessageSource messages) {
        return DashboardCard.of("REVIEWER", 20, "review/dashboard/reviewer", (me, locale) -> {
            return Map.of("panels", panels(desk.mine(me), locale));
        }, (me, locale) -> {
            return panels(desk.mine(me), locale).stream().filter(panel -> panel.deadline() != null && panel.toDo() > 0)
                    .map(panel -> new Deadline(messages.getMessage("dashboard.deadline.reviews",
                            new Object[] {panel.toDo(), panel.title()}, locale), panel.deadline(), panel.zone(), ReviewDesk.REVIEWS_PATH))
                    .toList();
        });
    }

    private static List<MyPanel> panels(List<ReviewView> reviews, Locale locale) {
        Map<UUID, List<ReviewView>> byPanel = new LinkedHashMap<>();
        reviews.forEach(review -> byPanel.computeIfAbsent(review.panelId(), id -> new ArrayList<>()).add(review));
        List<MyPanel> panels = new ArrayList<>();
        byPanel.forEach((id, list) -> {
            ReviewView first = list.get(0);
            Instant deadline = list.stream().filter(ReviewView::editable).map(ReviewView::deadline).filter(java.util.Objects::nonNull)
                    .min(Instant::compareTo).orElse(first.deadline());
            List<ReviewView> open = list.stream().filter(ReviewView::editable).toList();
            panels.add(new MyPanel(id, first.panelTitle().in(locale), deadline, first.zone(), open.size(),
                    (int) list.stream().filter(ReviewView::submitted).count(), open));
        });
        return panels;
    }

    @Bean
    DashboardCard panelsCard(ReviewDashboardQueries queries, MessageSource messages) {
        return DashboardCard.of("SECRETARIAT", 60, "review/dashboard/panels", (me, locale) -> {
            return Map.of("panels", queries.reviewing());
        }, (me, locale) -> {
            return queries.reviewing().stream().filter(panel -> panel.deadline() != null)
                    .map(panel -> new Deadline(messages.getMessage("dashboard.deadline.panel", new Object[] {panel.title().in(locale)}, locale),
                            panel.deadline(), panel.zone(), "/secretariat/review/panels/" + panel.id()))
                    .toList();
        });
    }
}
