package org.ansoplatform.review.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reviewing's place in the shell: the reviewer's menu entry, and the reviews API, which lies outside the
 * role prefixes, for reviewers only. Also the small helpers its pages share.
 */
@Configuration(proxyBeanMethods = false)
class ReviewingWeb {

    @Bean
    MenuEntry myReviewsMenuEntry() {
        return new MenuEntry(Menu.REVIEWER, "reviewing.nav.mine", "/reviewer/reviews", 20);
    }

    @Bean
    AccessRule reviewsApiIsForReviewers() {
        return AccessRule.role("REVIEWER", null, "/api/v1/reviews", "/api/v1/reviews/*");
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("no such id");
        }
    }

    /** A refusal's messages by form field (the empty key for the whole form), in the reader's language. */
    static Map<String, List<String>> errors(InvalidInputException refusal, MessageSource messages, Locale locale) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (InvalidInputException.Violation violation : refusal.violations()) {
            errors.computeIfAbsent(violation.field() == null ? "" : violation.field(), key -> new ArrayList<>())
                    .add(messages.getMessage(violation.messageKey(), violation.args(), locale));
        }
        return errors;
    }

    static List<String> all(Map<String, List<String>> errors) {
        return errors.values().stream().flatMap(List::stream).toList();
    }
}
