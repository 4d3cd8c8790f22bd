package org.ansoplatform.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.ProofOfWorkSolver;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.Question;
import org.ansoplatform.meetings.QuestionType;
import org.ansoplatform.meetings.RegistrationQueries;
import org.ansoplatform.meetings.TestMeetings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 15, item 13 (rest), and issue 16, items 4-5 for meetings: typed registration questions translated in every
 * configured language, answered, checked, shown, filtered and exported; titles in every language, read in the
 * reader's language by pages, JSON-LD, iCalendar and the API.
 */
class TypedQuestionsTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingQueries queries;
    @Autowired
    RegistrationQueries registrations;
    @Autowired
    org.ansoplatform.platform.ProofOfWork proofOfWork;

    @Test
    void theSecretariatAsksTypedQuestionsInEveryLanguageAndParticipantsAnswerThem() throws Exception {
        String title = "Typed course " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(meetingForm(title).with(user("someone").roles("REVIEWER"))).andExpect(status().isForbidden());
        mvc.perform(meetingForm(title).with(user("s").roles("SECRETARIAT"))).andExpect(status().is3xxRedirection());
        MeetingView meeting = queries.all(new MeetingQueries.Filter(null, null, null, null, null, true)).stream()
                .filter(m -> m.title(Locale.ENGLISH).equals(title)).findFirst().orElseThrow();
        assertThat(meeting.title(Locale.CHINESE)).isEqualTo("类型课程");
        assertThat(meeting.questions()).extracting(Question::type)
                .containsExactly(QuestionType.CHOICE, QuestionType.CHECKBOXES, QuestionType.LONG_TEXT);
        Question track = meeting.questions().get(0);
        assertThat(track.required()).isTrue();
        assertThat(track.label(Locale.CHINESE)).isEqualTo("方向");
        assertThat(track.options()).extracting(o -> o.label().in(Locale.CHINESE)).containsExactly("水文", "土壤");
        String water = track.options().get(0).key();
        Question needs = meeting.questions().get(1);

        // the page in Chinese asks in Chinese, one radio button per option, checkboxes for several
        String page = mvc.perform(get("/meetings/{id}", meeting.id()).param("lang", "zh")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("方向 *", "水文", "土壤", "type=\"radio\"", "type=\"checkbox\"", "饮食", "类型课程");

        // a choice not offered and a missing required answer are refused next to their questions, nothing stored
        String refused = mvc.perform(register(meeting.id(), TestMeetings.email("typed-bad")).param("answers[0]", "nonsense"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"answers[0]-error\"", "Choose among the options offered.");
        assertThat(registrations.ofMeeting(meeting.id())).isEmpty();

        String email = TestMeetings.email("typed");
        mvc.perform(register(meeting.id(), email).param("answers[0]", water)
                        .param("answers[1]", needs.options().get(0).key(), needs.options().get(2).key())
                        .param("answers[2]", "Rivers\nand lakes"))
                .andExpect(status().is3xxRedirection());
        var registered = registrations.ofMeeting(meeting.id()).get(0);
        assertThat(registered.answers()).containsExactly(water,
                needs.options().get(0).key() + "," + needs.options().get(2).key(), "Rivers\nand lakes");

        // the organizer reads the answers, filters by an option and exports them in their language
        String admin = mvc.perform(get("/secretariat/meetings/{id}", meeting.id()).param("lang", "zh")
                        .param("answer", "0:" + water).with(user("s").roles("SECRETARIAT")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(admin).contains("水文", "素食; 无麸质", email);
        String other = mvc.perform(get("/secretariat/meetings/{id}", meeting.id()).param("answer", "0:" + track.options().get(1).key())
                        .with(user("s").roles("SECRETARIAT")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(other).doesNotContain(email);
        String csv = mvc.perform(get("/secretariat/meetings/{id}/registrations.csv", meeting.id())
                        .param("answer", "0:" + water).with(user("s").roles("SECRETARIAT")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Track", "Dietary needs", "Hydrology", "Vegetarian; Gluten-free", email);

        // the API carries titles and questions as language maps and takes answers by option key
        mvc.perform(get("/api/v1/meetings/{id}", meeting.id()))
                .andExpect(jsonPath("$.title.en").value(title)).andExpect(jsonPath("$.title.zh").value("类型课程"))
                .andExpect(jsonPath("$.questions[0].type").value("CHOICE"))
                .andExpect(jsonPath("$.questions[0].label.zh").value("方向"))
                .andExpect(jsonPath("$.questions[0].options[0].key").value(water));
        String request = """
                {"name": "Api Typed", "email": "%s", "country": "KE", "answers": ["%s", "%s"], "altcha": "%s"}""";
        mvc.perform(post("/api/v1/meetings/{id}/registrations", meeting.id()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(request.formatted(TestMeetings.email("api-typed"), "nonsense", "", ProofOfWorkSolver.solution(proofOfWork))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("answers[0]"));
        mvc.perform(post("/api/v1/meetings/{id}/registrations", meeting.id()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(request.formatted(TestMeetings.email("api-typed"), water, "", ProofOfWorkSolver.solution(proofOfWork))))
                .andExpect(status().isCreated());
    }

    @Test
    void aQuestionWithoutItsOptionsOrItsFirstLanguageLabelIsRefusedNextToItAndNothingIsSaved() throws Exception {
        long before = queries.count();
        String page = mvc.perform(post("/secretariat/meetings/new").with(csrf()).with(user("s").roles("SECRETARIAT"))
                        .param("kind", "WORKSHOP").param("mode", "ONLINE").param("title[en]", "Refused questions")
                        .param("startDate", LocalDate.now().plusDays(30).toString()).param("timeZone", "Asia/Shanghai")
                        .param("questions[0].type", "CHOICE").param("questions[0].label[en]", "Pick one")
                        .param("questions[0].options[en]", "Only one")
                        .param("questions[1].type", "SHORT_TEXT").param("questions[1].label[zh]", "只有中文"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"questions[0].options-error\"", "Give at least 2 options, one per line.",
                "id=\"questions[1].label[en]-error\"");
        assertThat(queries.count()).isEqualTo(before);
    }

    @Test
    void feedsAndStructuredDataNameTheMeetingInTheReadersLanguage() throws Exception {
        UUID id = management.create(new org.ansoplatform.meetings.MeetingCommand(org.ansoplatform.meetings.MeetingKind.FORUM,
                org.ansoplatform.shared.LocalizedText.of("Desert forum in two languages", "双语沙漠论坛"), null,
                LocalDate.now().plusDays(40), null, null, null, "Asia/Shanghai", org.ansoplatform.meetings.MeetingMode.ONLINE,
                null, null, null, null, List.of(new org.ansoplatform.meetings.Organizer(null, "XIEG")), List.of(), true, false,
                null, null, false, false, List.of()));
        String zh = mvc.perform(get("/meetings/{id}", id).param("lang", "zh")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("\"name\":\"双语沙漠论坛\"", "\"inLanguage\":\"zh\"");
        assertThat(mvc.perform(get("/meetings/{id}/ical", id).param("lang", "zh")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("SUMMARY:双语沙漠论坛");
        assertThat(mvc.perform(get("/meetings/{id}/ical", id).param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("SUMMARY:Desert forum in two languages");
    }

    @Autowired
    org.ansoplatform.meetings.MeetingManagement management;

    private static MockHttpServletRequestBuilder meetingForm(String title) {
        return post("/secretariat/meetings/new").with(csrf())
                .param("kind", "TRAINING_COURSE").param("mode", "ONSITE").param("title[en]", title).param("title[zh]", "类型课程")
                .param("startDate", LocalDate.now().plusDays(30).toString()).param("timeZone", "Asia/Shanghai")
                .param("venue", "CAS").param("city", "Beijing").param("country", "CN")
                .param("published", "true").param("registrationOpen", "true")
                .param("questions[0].type", "CHOICE").param("questions[0].required", "true")
                .param("questions[0].label[en]", "Track").param("questions[0].label[zh]", "方向")
                .param("questions[0].options[en]", "Hydrology\nSoil").param("questions[0].options[zh]", "水文\n土壤")
                .param("questions[1].type", "CHECKBOXES")
                .param("questions[1].label[en]", "Dietary needs").param("questions[1].label[zh]", "饮食")
                .param("questions[1].options[en]", "Vegetarian\nHalal\nGluten-free").param("questions[1].options[zh]", "素食\n清真\n无麸质")
                .param("questions[2].type", "LONG_TEXT").param("questions[2].label[en]", "Your research")
                .param("questions[3].type", "SHORT_TEXT").param("questions[3].label[en]", "");
    }

    private MockHttpServletRequestBuilder register(UUID id, String email) {
        return post("/meetings/{id}/register", id).with(csrf()).with(ProofOfWorkSolver.solved(proofOfWork))
                .param("name", "Tia Typed").param("email", email).param("country", "KE");
    }
}
