package org.ansoplatform.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.ProofOfWorkSolver;
import org.ansoplatform.meetings.MeetingCommand;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.Organizer;
import org.ansoplatform.meetings.RegistrationQueries;
import org.ansoplatform.meetings.TestMeetings;
import org.ansoplatform.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Organizers named by ROR id, and the ORCID iD a participant may give, shown to the organizers only. */
class OrganizersAndOrcidTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingManagement management;
    @Autowired
    RegistrationQueries registrations;
    @Autowired
    org.ansoplatform.platform.ProofOfWork proofOfWork;

    @Test
    void anOrganizerOutsideTheDirectoryIsNamedByACheckedRorId() throws Exception {
        assertThat(MeetingForm.organizer("Chinese Academy of Sciences | 034t30j35"))
                .isEqualTo(new Organizer(null, "Chinese Academy of Sciences", "034t30j35"));
        assertThat(MeetingForm.organizer("A | B Institute")).isEqualTo(new Organizer(null, "A", "B Institute"));
        assertThat(MeetingForm.organizer("Plain name")).isEqualTo(new Organizer(null, "Plain name", null));

        assertThatThrownBy(() -> management.create(withOrganizer(new Organizer(null, "Typo Academy", "034t30j36"))))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("organizers")));

        UUID id = management.create(withOrganizer(new Organizer(null, "Institute Outside The Directory", "https://ror.org/034t30j35")));
        String page = mvc.perform(get("/meetings/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"https://ror.org/034t30j35\"");
    }

    @Test
    void aParticipantGivesACheckedOrcidIdThatOnlyTheSecretariatSeesAsALink() throws Exception {
        UUID id = management.create(TestMeetings.course("ORCID course", 10, null, false, List.of()));
        String email = TestMeetings.email("orcid");
        String refused = mvc.perform(post("/meetings/" + id + "/register").with(csrf()).with(ProofOfWorkSolver.solved(proofOfWork))
                        .param("name", "Ana Orcid").param("email", email).param("country", "ES").param("orcid", "0000-0002-1825-0098")
                        .locale(Locale.forLanguageTag("es")))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(FieldErrors.of(refused, "orcid")).startsWith("No es un ORCID iD válido");
        assertThat(registrations.ofMeeting(id)).as("nothing stored").isEmpty();

        mvc.perform(post("/meetings/" + id + "/register").with(csrf()).with(ProofOfWorkSolver.solved(proofOfWork))
                        .param("name", "Ana Orcid").param("email", email).param("country", "ES")
                        .param("orcid", "https://orcid.org/0000-0002-1825-0097"))
                .andExpect(status().is3xxRedirection());
        assertThat(registrations.ofMeeting(id).get(0).orcid()).isEqualTo("0000-0002-1825-0097");

        String list = mvc.perform(get("/secretariat/meetings/" + id).with(user("s").roles("SECRETARIAT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("href=\"https://orcid.org/0000-0002-1825-0097\"");
        mvc.perform(get("/secretariat/meetings/" + id).with(user("other").roles("REVIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/secretariat/meetings/" + id)).andExpect(status().is(org.hamcrest.Matchers.oneOf(302, 401)));
        assertThat(mvc.perform(get("/meetings/" + id)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("the public page never shows it").doesNotContain("orcid.org/0000-0002-1825-0097");
    }

    private static MeetingCommand withOrganizer(Organizer organizer) {
        MeetingCommand c = TestMeetings.course("ROR course", 10, null, false, List.of());
        return new MeetingCommand(c.kind(), c.title(), c.description(), c.startDate(), c.endDate(), c.startTime(),
                c.endTime(), c.timeZone(), c.mode(), c.venue(), c.city(), c.country(), null, List.of(organizer), c.themes(),
                true, true, null, 10, false, false, List.of());
    }
}
