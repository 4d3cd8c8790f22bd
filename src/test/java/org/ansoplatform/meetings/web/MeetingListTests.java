package org.ansoplatform.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.meetings.MeetingCommand;
import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.MeetingMode;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.Organizer;
import org.ansoplatform.meetings.importing.MeetingImport;
import org.ansoplatform.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 15, items 10 and 11: the 2021 lists imported once and right; the list shows what is coming. */
class MeetingListTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingQueries queries;
    @Autowired
    MeetingManagement management;
    @Autowired
    MeetingImport importer;

    @Test
    void the2021ListHoldsEachMeetingOnceWithItsOrganizersLinkedToTheDirectory() {
        List<MeetingView> year = queries.all(new MeetingQueries.Filter(2021, null, null, null, null, true));
        // the Annual Report's list, the three trainings the projects' demo adds (DemoProjects) and the two of its training
        // chapter the demo's history adds (issue 24: the Synthetic Biotechnology course, ANSO-RWIT's programme)
        assertThat(year).hasSize(40);
        assertThat(year).filteredOn(m -> m.title(java.util.Locale.ENGLISH).toLowerCase().contains("food security")).hasSize(1);
        assertThat(year).filteredOn(m -> m.title(java.util.Locale.ENGLISH).toLowerCase().contains("women in science")).hasSize(1);
        assertThat(year).filteredOn(m -> m.title(java.util.Locale.ENGLISH).toLowerCase().contains("tibetan plateau")).hasSize(1);
        assertThat(year).extracting(m -> m.title(java.util.Locale.ENGLISH)).doesNotContain("ANSO Workshop on Climate Change and Its Impact",
                "ANSO Workshop on Global Health");

        List<Organizer> mentions = year.stream().flatMap(m -> m.organizers().stream()).toList();
        List<String> linked = mentions.stream().filter(o -> o.organizationId() != null).map(Organizer::name).toList();
        assertThat(linked).contains("The University of Belgrade", "XIEG, CAS", "National Science and Technology Development Agency",
                "The Association of Academies and Societies of Sciences in Asia (AASSA)", "OWSD", "ITPCAS",
                "Aerospace Information Research Institute, CAS",
                "National Astronomical Observatories of the Chinese Academy of Sciences (NAOC)", "TIBCAS", "RAS", "CAS");
        assertThat(linked.size()).as("linked of " + mentions.size() + "; not linked: "
                + mentions.stream().filter(o -> o.organizationId() == null).map(Organizer::name).toList())
                .isGreaterThanOrEqualTo(39);
    }

    @Test
    void importingTheSameRowTwiceIsRefusedNamingTheLine() {
        String title = "Twice imported seminar " + UUID.randomUUID().toString().substring(0, 6);
        String csv = "date,title,kind,organizers\n2026-05-04," + title + ",workshop,RAS\n";
        assertThat(importer.importCsv(stream(csv))).isEqualTo(1);
        long before = queries.count();

        assertThatThrownBy(() -> importer.importCsv(stream("date,title,kind,organizers\n2026-05-04,"
                + title.toUpperCase() + " ,workshop,RAS\n")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problem((InvalidInputException) e)).isEqualTo("meetings.import.duplicate"));
        assertThatThrownBy(() -> importer.importCsv(stream("date,title,kind,organizers\n2026-05-05,Once " + title
                + ",workshop,RAS\n2026-05-05,Once " + title + ",forum,CAS\n")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problem((InvalidInputException) e)).isEqualTo("meetings.import.repeated"));
        assertThat(queries.count()).isEqualTo(before);
    }

    @Test
    void theListShowsUpcomingMeetingsFirstAndPastOnesOnRequestLatestFirstInPages() throws Exception {
        String title = "Upcoming forum " + UUID.randomUUID().toString().substring(0, 6);
        management.create(meeting(title, LocalDate.now().plusDays(10), LocalDate.now().plusDays(10), null, null));

        String upcoming = mvc.perform(get("/meetings")).andReturn().getResponse().getContentAsString();
        assertThat(upcoming).contains(title).doesNotContain("Taklimakan desert forum");

        String past = mvc.perform(get("/meetings").param("when", "past")).andReturn().getResponse().getContentAsString();
        // 2021 alone holds 40 past meetings (two of them the demo's history, issue 24): more than one page of 20
        assertThat(past).doesNotContain(title).containsPattern("Page 1 of [2-9]");
        // a meeting of the first page: the projects' demo adds trainings of 2021 after June's Taklimakan forum
        assertThat(past.indexOf("Arid Lands")).as("December 2021 before November 2021")
                .isLessThan(past.indexOf("Forum on Green Transformation")).isNotNegative();
    }

    @Test
    void datesAreWrittenOneWayPerLanguage() throws Exception {
        String english = mvc.perform(get("/meetings").param("year", "2021")).andReturn().getResponse().getContentAsString();
        assertThat(english).contains(">2–3 March 2021<", ">19 January 2021<").doesNotContain("2021-03-02 –")
                .doesNotContain(">2021-01-19<");
        String chinese = mvc.perform(get("/meetings").param("year", "2021").header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andReturn().getResponse().getContentAsString();
        assertThat(chinese).contains(">2021年3月2日至3日<", ">2021年1月19日<");
    }

    @Test
    void aTwoDayWorkshopWithHoursIsTwoDaysOfThoseHours() throws Exception {
        UUID id = management.create(meeting("Two-day workshop " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 3), LocalTime.of(9, 0), LocalTime.of(16, 0)));

        String ics = mvc.perform(get("/meetings/" + id + "/ical")).andReturn().getResponse().getContentAsString();
        assertThat(ics).contains("DTSTART:20270302T010000Z", "DTEND:20270302T080000Z", "RRULE:FREQ=DAILY;COUNT=2");
        String page = mvc.perform(get("/meetings/" + id)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2–3 March 2027", "09:00–16:00 each day (Asia/Shanghai)");
    }

    private static MeetingCommand meeting(String title, LocalDate start, LocalDate end, LocalTime from, LocalTime to) {
        return new MeetingCommand(MeetingKind.WORKSHOP, org.ansoplatform.meetings.TestMeetings.en(title), null, start, end, from, to, "Asia/Shanghai",
                MeetingMode.ONLINE, null, null, null, null, List.of(new Organizer(null, "RAS")), List.of(), true, false,
                null, null, false, false, List.of());
    }

    private static String problem(InvalidInputException e) {
        return ((MessageSourceResolvable) e.violations().get(0).args()[2]).getCodes()[0];
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
