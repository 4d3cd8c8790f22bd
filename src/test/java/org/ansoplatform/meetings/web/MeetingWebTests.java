package org.ansoplatform.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.ansoplatform.ProofOfWorkSolver;
import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.files.TestFiles;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.RegistrationStatus;
import org.ansoplatform.meetings.RegistrationManagement;
import org.ansoplatform.meetings.RegistrationQueries;
import org.ansoplatform.meetings.TestMeetings;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MeetingWebTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.ansoplatform.platform.ProofOfWork proofOfWork;

    @Autowired
    MeetingManagement management;

    @Autowired
    MeetingQueries queries;

    @Autowired
    RegistrationManagement registrations;

    @Autowired
    RegistrationQueries registrationQueries;

    @Autowired
    JsonMapper json;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    @Test
    void publicListCalendarAndPageWithJsonLdUnderTheContentSecurityPolicy() throws Exception {
        String list = mvc.perform(get("/meetings").param("year", "2021").param("kind", "FORUM"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Taklimakan desert forum").doesNotContain("ANSO online conference: green technology");

        String calendar = mvc.perform(get("/meetings/calendar").param("year", "2021")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(calendar).contains("data-month=\"2021-3\"").contains("ANSO online open conference: climate change and its impacts");

        MeetingView forum = queries.all(new MeetingQueries.Filter(2021, null, "XIEG", null, 15, false)).stream()
                .filter(m -> m.title(java.util.Locale.ENGLISH).equals("Taklimakan desert forum")).findFirst().orElseThrow();
        var response = mvc.perform(get("/meetings/" + forum.id())).andExpect(status().isOk()).andReturn().getResponse();
        String page = response.getContentAsString();
        assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'");
        Matcher block = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertThat(block.find()).isTrue();
        JsonNode event = json.readTree(block.group(1));
        assertThat(event.get("@type").asString()).isEqualTo("Event");
        assertThat(event.get("name").asString()).isEqualTo("Taklimakan desert forum");
        assertThat(event.get("startDate").asString()).isEqualTo("2021-06-17");
        assertThat(event.get("organizer").get(0).get("name").asString()).isEqualTo("Xinjiang Institute of Ecology and Geography (XIEG), CAS");

        mvc.perform(get("/meetings/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/not-an-id")).andExpect(status().isNotFound());
    }

    @Test
    void iCalendarFeedsParseWithIcal4j() throws Exception {
        String feed = mvc.perform(get("/meetings/feed.ics")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events.size()).isGreaterThanOrEqualTo(35);
        VEvent climate = events.stream().filter(e -> e.getSummary().getValue().equals("ANSO online open conference: climate change and its impacts"))
                .findFirst().orElseThrow();
        assertThat(climate.getDateTimeStart().getValue()).isEqualTo("20210302");
        assertThat(climate.getDateTimeEnd().getValue()).as("exclusive end of an all-day event").isEqualTo("20210304");
        assertThat(climate.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains("RAS");

        UUID id = management.create(TestMeetings.course("iCal course", 3, null, false, List.of()));
        String one = mvc.perform(get("/meetings/" + id + "/ical")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Calendar single = new CalendarBuilder().build(new StringReader(one));
        List<VEvent> only = single.getComponents("VEVENT");
        assertThat(only).hasSize(1);
        assertThat(only.get(0).getUid().orElseThrow().getValue()).startsWith(id.toString());
        assertThat(only.get(0).getProperty(Property.LOCATION).orElseThrow().getValue()).contains("Beijing");
    }

    @Test
    void visitorRegistersThroughTheFormAndManagesThroughTheEmailedLinkOnly() throws Exception {
        UUID id = management.create(TestMeetings.course("Form course", 1, "https://meet.example.org/form", false,
                List.of(org.ansoplatform.meetings.Question.text(org.ansoplatform.meetings.TestMeetings.en("Your field of research"), true))));
        String email = TestMeetings.email("form");
        mvc.perform(post("/meetings/" + id + "/register").with(csrf()).with(ProofOfWorkSolver.solved(proofOfWork)).param("name", "Li Wei").param("email", email)
                        .param("country", "CN").param("answers[0]", ""))
                .andExpect(status().is(422))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This field is required.")));
        assertThat(registrationQueries.ofMeeting(id)).isEmpty();

        mvc.perform(post("/meetings/" + id + "/register").with(csrf()).with(ProofOfWorkSolver.solved(proofOfWork)).param("name", "Li Wei").param("email", email)
                        .param("country", "CN").param("gender", "MALE").param("answers[0]", "Hydrology"))
                .andExpect(status().is3xxRedirection());
        String body = Mail.awaitBody(email, "Registration confirmed");
        String path = manageLink(body);
        assertThat(path).startsWith("/meetings/registration?token=");
        String own = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("https://meet.example.org/form").contains("data-status=\"CONFIRMED\"");

        // the public page never shows the link
        assertThat(mvc.perform(get("/meetings/" + id)).andReturn().getResponse().getContentAsString())
                .doesNotContain("https://meet.example.org/form");
        assertThat(mvc.perform(get("/api/v1/meetings/" + id)).andReturn().getResponse().getContentAsString())
                .doesNotContain("meet.example.org");

        mvc.perform(post("/meetings/registration/cancel").with(csrf()).param("token", "wrong")).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/registration/cancel").with(csrf()).param("token", path.replaceFirst(".*token=", "")))
                .andExpect(status().is3xxRedirection());
        assertThat(registrationQueries.ofMeeting(id).get(0).status()).isEqualTo(RegistrationStatus.CANCELLED);
    }

    /** The path of the participant's own page in a registration email. */
    static String manageLink(String body) {
        Matcher link = Pattern.compile("https?://[^/\\s]+(/meetings/registration\\?token=\\S+)").matcher(body);
        assertThat(link.find()).as("a link to the registration in " + body).isTrue();
        return link.group(1);
    }

    @Test
    void apiListsRegistersAndRefusesClearly() throws Exception {
        mvc.perform(get("/api/v1/meetings").param("year", "2021").param("kind", "SYMPOSIUM").param("organizer", "XIEG"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].title.en").value("The International Symposium on Biodiversity Conservation & Sustainable Development in Arid Lands"))
                .andExpect(jsonPath("$.items[0].startDate").value("2021-12-16"))
                .andExpect(jsonPath("$.items[0].endDate").value("2021-12-17"));
        mvc.perform(get("/api/v1/meetings").param("year", "2021").param("kind", "symposium").param("organizer", "XIEG"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].kind").value("SYMPOSIUM"));
        mvc.perform(get("/api/v1/meetings").param("kind", "PARTY"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        UUID id = management.create(TestMeetings.course("API course", 1, null, false, List.of()));
        String email = TestMeetings.email("api");
        String request = """
                {"name": "Api Person", "email": "%s", "country": "KE", "role": "TRAINEE", "altcha": "%s"}""";
        mvc.perform(post("/api/v1/meetings/" + id + "/registrations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(request.formatted(email, ProofOfWorkSolver.solution(proofOfWork))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("CONFIRMED"));
        mvc.perform(post("/api/v1/meetings/" + id + "/registrations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(request.formatted(email, ProofOfWorkSolver.solution(proofOfWork))))
                .andExpect(status().isConflict()) // issue 26: a second registration of one address is a conflict
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        String second = """
                {"name": "Second", "email": "%s", "country": "KE", "altcha": "%s"}""".formatted(TestMeetings.email("api2"),
                ProofOfWorkSolver.solution(proofOfWork));
        mvc.perform(post("/api/v1/meetings/" + id + "/registrations").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(second))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("WAITING"))
                .andExpect(jsonPath("$.position").value(1));
        assertThat(registrationQueries.ofMeeting(id)).hasSize(2);

        // cancelling someone else's registration: unknown to them
        UUID registration = registrationQueries.ofMeeting(id).get(0).id();
        mvc.perform(delete("/api/v1/registrations/" + registration).with(csrf())).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/registrations/" + registration).with(csrf()).with(user("someone").roles("APPLICANT")))
                .andExpect(status().isNotFound());
        assertThat(registrationQueries.byId(registration).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void aSignedInPersonCancelsTheirOwnRegistrationThroughTheApiAndTheWaitingListMovesUp() throws Exception {
        UUID id = management.create(TestMeetings.course("Own API course", 1, null, false, List.of()));
        var applicant = userDetails.loadUserByUsername("applicant@example.org");
        String mine = mvc.perform(post("/api/v1/meetings/" + id + "/registrations").with(csrf()).with(user(applicant))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Applicant", "email": "applicant@example.org", "country": "PK"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID registration = UUID.fromString(json.readTree(mine).get("id").asString());
        var waiting = registrations.register(id, TestMeetings.person("Next", TestMeetings.email("next"), "PK"), null);
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITING);

        var reviewer = userDetails.loadUserByUsername("reviewer@example.org");
        mvc.perform(delete("/api/v1/registrations/" + registration).with(csrf()).with(user(reviewer)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/registrations/" + registration).with(csrf()).with(user(applicant)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(delete("/api/v1/registrations/" + registration).with(csrf()).with(user(applicant)))
                .andExpect(status().isBadRequest());
        assertThat(registrationQueries.byId(waiting.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void secretariatImportsCsvAndMalformedFilesAreRefusedWithLineAndColumn() throws Exception {
        long before = queries.count();
        MockMultipartFile bad = new MockMultipartFile("file", "bad.csv", "text/csv",
                "date,title,kind,organizers\n2026-04-01,Good,forum,CAS\n2026-04-31,Bad,forum,CAS\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/secretariat/meetings/import").file(bad).with(csrf()).with(user("s").roles("SECRETARIAT")))
                .andExpect(status().is(422))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Line 3, column date")));
        assertThat(queries.count()).isEqualTo(before);
        mvc.perform(multipart("/secretariat/meetings/import").file(bad).with(csrf()).with(user("a").roles("APPLICANT")))
                .andExpect(status().isForbidden());
        MockMultipartFile good = new MockMultipartFile("file", "good.csv", "text/csv",
                "date,title,kind,organizers\n2026-04-01/2026-04-02,CSV page forum,forum,CAS\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/secretariat/meetings/import").file(good).with(csrf()).with(user("s").roles("SECRETARIAT")))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.count()).isEqualTo(before + 1);
    }

    @Test
    void secretariatCreatesAMeetingThroughTheFormAndDatesInTheWrongOrderAreRefused() throws Exception {
        long before = queries.count();
        mvc.perform(post("/secretariat/meetings/new").with(csrf()).with(user("s").roles("SECRETARIAT"))
                        .param("kind", "WORKSHOP").param("mode", "ONLINE").param("title[en]", "Backwards workshop")
                        .param("startDate", "2026-06-10").param("endDate", "2026-06-09").param("timeZone", "Asia/Shanghai"))
                .andExpect(status().is(422))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The last day cannot be before the first day.")));
        mvc.perform(post("/secretariat/meetings/new").with(csrf()).with(user("s").roles("SECRETARIAT"))
                        .param("kind", "WORKSHOP").param("mode", "ONLINE").param("title[en]", "Zero workshop")
                        .param("startDate", "2026-06-10").param("capacity", "0").param("timeZone", "Asia/Shanghai"))
                .andExpect(status().is(422))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("at least 1")));
        assertThat(queries.count()).isEqualTo(before);
        mvc.perform(post("/secretariat/meetings/new").with(csrf()).with(user("s").roles("SECRETARIAT"))
                        .param("kind", "TRAINING_COURSE").param("mode", "HYBRID").param("title[en]", "Form-made course")
                        .param("title[zh]", "表单培训班").param("startDate", LocalDate.now().plusDays(20).toString())
                        .param("endDate", LocalDate.now().plusDays(22).toString()).param("timeZone", "Africa/Nairobi")
                        .param("organizers", "Russian Academy of Sciences (RAS)\nANSO Secretariat").param("themes", "3", "4")
                        .param("capacity", "30").param("published", "true").param("registrationOpen", "true")
                        .param("questions[0].label[en]", "Motivation").param("questions[0].required", "true")
                        .param("questions[1].label[en]", "Dietary needs").param("questions[2].label[en]", ""))
                .andExpect(status().is3xxRedirection());
        MeetingView made = queries.all(new MeetingQueries.Filter(null, null, "ANSO Secretariat", null, 4, false)).stream()
                .filter(m -> m.title(java.util.Locale.ENGLISH).equals("Form-made course")).findFirst().orElseThrow();
        assertThat(made.organizers().get(0).organizationId()).isNotNull();
        assertThat(made.questions()).hasSize(2);
        assertThat(made.questions().get(0).required()).isTrue();
        mvc.perform(get("/meetings/" + made.id()).locale(java.util.Locale.CHINESE)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("表单培训班")));
    }

    @Test
    void attachmentsAreStoredByTheFilesModuleAndPublicOnPublishedMeetings() throws Exception {
        UUID id = management.create(TestMeetings.course("Attachment course", 5, null, false, List.of()));
        var principal = userDetails.loadUserByUsername("secretariat@example.org");
        MockMultipartFile programme = new MockMultipartFile("file", "programme.txt", "text/plain",
                "Day 1: opening".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/secretariat/meetings/" + id + "/attachments").file(programme).with(csrf())
                        .with(user(principal)))
                .andExpect(status().is3xxRedirection());
        MeetingView meeting = queries.byId(id).orElseThrow();
        assertThat(meeting.attachments()).extracting(MeetingView.Attachment::name).containsExactly("programme.txt");
        UUID file = meeting.attachments().get(0).fileId();
        mvc.perform(get("/meetings/" + id + "/attachments/" + file)).andExpect(status().isOk())
                .andExpect(content().string("Day 1: opening"));
        mvc.perform(get("/meetings/" + id + "/attachments/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void aRefusedAttachmentIsShownAgainWithTheReasonNextToTheFileAndNothingIsAttached() throws Exception {
        UUID id = management.create(TestMeetings.course("Refused attachment course", 5, null, false, List.of()));
        var principal = userDetails.loadUserByUsername("secretariat@example.org");
        MockMultipartFile disguised = new MockMultipartFile("file", "programme.pdf", "application/pdf", TestFiles.elf());

        MockHttpServletResponse refused = mvc.perform(multipart("/secretariat/meetings/" + id + "/attachments").file(disguised)
                        .with(csrf()).with(user(principal)).locale(Locale.ENGLISH))
                .andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        String page = refused.getContentAsString();
        assertThat(FieldErrors.of(page, "file"))
                .isEqualTo("The file is named as a PDF document, but its content is an executable program. It has not been stored.");
        assertThat(page).contains("Refused attachment course").contains("class=\"form-errors\"");
        assertThat(queries.byId(id).orElseThrow().attachments()).isEmpty();

        MockHttpServletResponse missing = mvc.perform(multipart("/secretariat/meetings/" + id + "/attachments")
                        .with(csrf()).with(user(principal)).locale(Locale.ENGLISH))
                .andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(missing.getContentAsString(), "file")).isEqualTo("Choose a file to upload.");
        assertThat(queries.byId(id).orElseThrow().attachments()).isEmpty();
    }

    @Test
    void statisticsExportAsCsvAndXlsxForTheSecretariatOnly() throws Exception {
        UUID id = management.create(TestMeetings.course("Statistics course", 10, null, false, List.of()));
        registrations.register(id, TestMeetings.person("A", TestMeetings.email("st-a"), "UZ"), null);
        registrations.register(id, TestMeetings.person("B", TestMeetings.email("st-b"), "UZ"), null);
        registrations.register(id, TestMeetings.person("C", TestMeetings.email("st-c"), "MN"), null);
        String csv = mvc.perform(get("/secretariat/meetings/" + id + "/statistics.csv").with(user("s").roles("SECRETARIAT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("UZ,Uzbekistan,2,2,0,2,0,0").contains("MN,Mongolia,1,1,0,1,0,0").contains("TOTAL,2 countries,3,3");
        byte[] xlsx = mvc.perform(get("/secretariat/meetings/" + id + "/statistics.xlsx").with(user("s").roles("SECRETARIAT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCell(0).asString()).isEqualTo("UZ");
            assertThat(rows.get(1).getCell(2).asNumber().intValue()).isEqualTo(2);
        }
        mvc.perform(get("/api/v1/secretariat/meetings/" + id + "/statistics").with(user("s").roles("SECRETARIAT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.countries").value(2)).andExpect(jsonPath("$.trainees").value(3));
        int year = queries.byId(id).orElseThrow().year();
        mvc.perform(get("/api/v1/secretariat/meetings/statistics").param("year", String.valueOf(year)).with(user("s").roles("SECRETARIAT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.participants").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)));
        // a year is written as a year, not as a number with a thousands separator ("Participants in 2,026")
        mvc.perform(get("/secretariat/meetings/statistics").param("year", String.valueOf(year)).locale(java.util.Locale.ENGLISH)
                .with(user("s").roles("SECRETARIAT")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Participants in " + year + "<")));
        mvc.perform(get("/secretariat/meetings/" + id + "/statistics.csv").with(user("r").roles("REVIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/secretariat/meetings/" + id)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/secretariat/meetings/" + id).with(user("s").roles("SECRETARIAT"))).andExpect(status().isOk());
        mvc.perform(get("/secretariat/meetings/" + id + "/edit").with(user("s").roles("SECRETARIAT"))).andExpect(status().isOk());
        mvc.perform(get("/secretariat/meetings").with(user("s").roles("SECRETARIAT"))).andExpect(status().isOk());
    }
}
