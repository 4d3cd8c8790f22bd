package org.ansoplatform.activitylog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.platform.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The activity log names what was done and to what in the reader's language, not as a code (issue 16, item 5). */
class ActivityNamesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ActivityQueries log;
    @Autowired
    MessageSource messages;
    @Autowired
    Languages languages;
    @Autowired
    UserDetailsService users;

    @Test
    void everyRecordedActionAndRecordTypeHasANameInEveryLanguage() {
        List<String> unnamed = new ArrayList<>();
        for (Locale language : languages.locales()) {
            log.actions().stream().filter(action -> messages.getMessage("activitylog.action." + action, null, null, language) == null)
                    .forEach(action -> unnamed.add(language + ": " + action));
            log.recordTypes().stream().filter(type -> messages.getMessage("activitylog.recordType." + type, null, null, language) == null)
                    .forEach(type -> unnamed.add(language + ": " + type));
        }
        assertThat(log.actions()).contains("person.registered");
        assertThat(unnamed).isEmpty();
    }

    @Test
    void theLogShowsActionsAndRecordTypesInChinese() throws Exception {
        String html = mvc.perform(get("/secretariat/activity").header("Accept-Language", "zh").param("action", "person.registered")
                .with(user(users.loadUserByUsername("secretariat@example.org")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains(">账户已注册</span>", ">用户 ").doesNotContain("<code>person.registered</code>");
    }
}
