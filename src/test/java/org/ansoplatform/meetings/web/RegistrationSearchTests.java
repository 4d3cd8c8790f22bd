package org.ansoplatform.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.meetings.MeetingCommand;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.RegistrationCommand;
import org.ansoplatform.meetings.RegistrationManagement;
import org.ansoplatform.meetings.TestMeetings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 15, item 13: a course's registrations are searchable, filterable and exportable. */
class RegistrationSearchTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingManagement management;
    @Autowired
    RegistrationManagement registrations;

    @Test
    void theSecretariatSearchesFiltersAndExportsRegistrations() throws Exception {
        UUID id = management.create(TestMeetings.course("Searchable course", 1, null, false,
                List.of(org.ansoplatform.meetings.Question.text(org.ansoplatform.meetings.TestMeetings.en("Field of research"), false))));
        String lin = TestMeetings.email("lin");
        String okafor = TestMeetings.email("okafor");
        registrations.register(id, new RegistrationCommand("Lin Hydrology", lin, "CN", "Institute of Water", null, null,
                List.of("Hydrology"), "en"), null);
        registrations.register(id, new RegistrationCommand("Okafor Soil", okafor, "NG", "Soil Lab", null, null,
                List.of("Soil science"), "en"), null);

        String byName = page(id, "q", "hydro");
        assertThat(byName).contains("data-email=\"" + lin + "\"").doesNotContain("data-email=\"" + okafor + "\"")
                .contains(">1 result<");
        String waiting = page(id, "status", "WAITING");
        assertThat(waiting).contains("data-email=\"" + okafor + "\"").doesNotContain("data-email=\"" + lin + "\"");
        assertThat(page(id, "status", "not-a-status")).contains("data-email=\"" + okafor + "\"", "data-email=\"" + lin + "\"");

        String csv = mvc.perform(get("/secretariat/meetings/{id}/registrations.csv", id).param("status", "CONFIRMED")
                        .with(user("s").roles("SECRETARIAT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.replace("\uFEFF", "")).startsWith("name,email,country,organization,role,gender,status,registered_at,attended,attendance_source,certificate,Field of research")
                .contains("Lin Hydrology," + lin + ",CN,Institute of Water,TRAINEE,,CONFIRMED").contains("Hydrology")
                .doesNotContain(okafor);
        mvc.perform(get("/secretariat/meetings/{id}/registrations.xlsx", id).with(user("s").roles("SECRETARIAT")))
                .andExpect(status().isOk());
        mvc.perform(get("/secretariat/meetings/{id}/registrations.pdf", id).with(user("s").roles("SECRETARIAT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/secretariat/meetings/{id}/registrations.csv", id).with(user("someone").roles("REVIEWER")))
                .andExpect(status().isForbidden());
    }

    private String page(UUID id, String name, String value) throws Exception {
        return mvc.perform(get("/secretariat/meetings/{id}", id).param(name, value).with(user("s").roles("SECRETARIAT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
