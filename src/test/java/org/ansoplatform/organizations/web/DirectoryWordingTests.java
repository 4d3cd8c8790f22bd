package org.ansoplatform.organizations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.StatusChangeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 15, item 15: the directory's dates, country list, plurals and names read right. */
class DirectoryWordingTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrganizationQueries queries;
    @Autowired
    OrganizationManagement management;
    @Autowired
    MessageSource messages;

    @Test
    void aCorrectedStatusSinceDateAppearsInTheHistoryRow() throws Exception {
        String name = unique("Dated Institute");
        UUID id = management.create(new OrganizationCommand(name, null, "NP", OrganizationType.UNIVERSITY,
                OrganizationStatus.PARTNER, null, null, null));

        mvc.perform(post("/secretariat/organizations/{id}/edit", id).param("name", name).param("country", "NP")
                        .param("type", "UNIVERSITY").param("status", "PARTNER").param("statusSince", "2020-05-01")
                        .with(user(users.loadUserByUsername("secretariat@example.org"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(queries.statusHistory(id)).last().extracting(StatusChangeView::since).isEqualTo(LocalDate.of(2020, 5, 1));
        String detail = mvc.perform(get("/directory/{id}", id)).andReturn().getResponse().getContentAsString();
        assertThat(detail).containsPattern("<tr data-status=\"PARTNER\">\\s*<td>.*</td>\\s*<td>2020-05-01</td>");
    }

    @Test
    void theCountryIsChosenFromAListOfNamedCountries() throws Exception {
        UUID id = management.create(new OrganizationCommand(unique("Listed Institute"), null, "NP",
                OrganizationType.UNIVERSITY, OrganizationStatus.PARTNER, null, null, null));
        String form = mvc.perform(get("/secretariat/organizations/{id}/edit", id)
                        .with(user(users.loadUserByUsername("secretariat@example.org"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).containsPattern("<select[^>]* id=\"country\" name=\"country\"")
                .contains("<option value=\"NP\" selected=\"selected\">Nepal</option>")
                .contains("<option value=\"CN\">China</option>")
                .doesNotContain("<input type=\"text\" id=\"country\"");
    }

    @Test
    void countsAgreeWithTheirNouns() throws Exception {
        String name = unique("Singular Institute");
        management.create(new OrganizationCommand(name, null, "NP", OrganizationType.UNIVERSITY,
                OrganizationStatus.PARTNER, null, null, null));
        String page = mvc.perform(get("/directory").param("q", name)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">1 result<").doesNotContain("1 results");

        assertThat(messages.getMessage("meetings.statistics.summary", new Object[] {1L, 1L, 1L}, Locale.ENGLISH))
                .isEqualTo("1 participant, 1 trainee, from 1 country or region.");
        assertThat(messages.getMessage("meetings.statistics.summary", new Object[] {1200L, 2L, 0L}, Locale.ENGLISH))
                .isEqualTo("1,200 participants, 2 trainees, from no country or region.");
        assertThat(messages.getMessage("common.results", new Object[] {0L}, Locale.ENGLISH)).isEqualTo("No results");
    }

    @Test
    void namesKeepNoStraySpaceBeforeSeparators() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID id = management.create(new OrganizationCommand("Institute of Spacing " + suffix + " , CAS ( ISC )",
                null, "CN", OrganizationType.RESEARCH_INSTITUTE, OrganizationStatus.PARTNER, null, null, null));
        assertThat(queries.byId(id).orElseThrow().name()).isEqualTo("Institute of Spacing " + suffix + ", CAS (ISC)");
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
