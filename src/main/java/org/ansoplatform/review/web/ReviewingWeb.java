package org.ansoplatform.review.web;

import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reviewing's place in the shell: the reviewer's menu entry, and the reviews API, which lies outside the
 * role prefixes, for reviewers only.
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
}
