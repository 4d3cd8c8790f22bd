package org.ansoplatform.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.shared.Programmes;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.TestMeetings;
import org.ansoplatform.meetings.importing.MeetingImport;
import org.ansoplatform.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A meeting belongs to one of the programmes the calls module owns (issue 19, item 1): chosen from the list by its
 * name, shown on the meeting's pages and in the API, given in the CSV import, and never one the platform lacks.
 */
class MeetingProgrammeTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired MeetingManagement management;
    @Autowired MeetingQueries queries;
    @Autowired MeetingImport importer;
    @Autowired Programmes programmes;

    @Test
    void aMeetingKeepsItsProgrammeAndTheCatalogueShowsItsNameInTheReadersLanguage() throws Exception {
        UUID id = management.create(TestMeetings.course("Programme course " + UUID.randomUUID(), null, null, false, List.of())
                .inProgramme("training"));
        assertThat(queries.byId(id).orElseThrow().programmeCode()).isEqualTo("training");
        String trainingZh = programmes.byCode("training").orElseThrow().name().in(Locale.CHINESE);

        String page = mvc.perform(get("/meetings/" + id).header("Accept-Language", "zh")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<dd class=\"programme\">" + trainingZh + "</dd>");
        String api = mvc.perform(get("/api/v1/meetings/" + id)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"programmeCode\":\"training\"");

        String form = mvc.perform(get("/secretariat/meetings/" + id + "/edit").with(user("s").roles("SECRETARIAT")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).containsPattern("<option value=\"training\" selected=\"selected\">[^<]+</option>")
                .contains("<option value=\"cooperation\">");
    }

    @Test
    void anUnknownProgrammeIsRefusedNextToItsFieldInTheReadersLanguageAndNothingIsAdded() throws Exception {
        long before = queries.count();
        assertThatThrownBy(() -> management.create(TestMeetings.course("No such programme", null, null, false, List.of())
                .inProgramme("no-such-programme"))).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations()).extracting(InvalidInputException.Violation::field).containsExactly("programmeCode"));

        String html = mvc.perform(post("/secretariat/meetings/new").with(csrf()).with(user("s").roles("SECRETARIAT"))
                .header("Accept-Language", "fr")
                .param("kind", "WORKSHOP").param("mode", "ONLINE").param("title[en]", "Unknown programme workshop")
                .param("startDate", "2026-06-10").param("timeZone", "Asia/Shanghai").param("programmeCode", "no-such-programme"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(FieldErrors.of(html, "programmeCode")).isEqualTo("Le programme « no-such-programme » n’existe pas. Choisissez-en un dans la liste.");
        assertThat(queries.count()).isEqualTo(before);
    }

    @Test
    void theImportTakesAProgrammeColumnAndRefusesAnUnknownOneByLineAndColumn() {
        String title = "Imported programme forum " + UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 9, 14);
        importer.importCsv(csv("date,title,kind,organizers,programme\n" + day + "," + title + ",forum,CAS,networks-events\n"));
        MeetingView imported = queries.all(new MeetingQueries.Filter(2026, null, null, null, null, true)).stream()
                .filter(m -> m.title(Locale.ENGLISH).equals(title)).findFirst().orElseThrow();
        assertThat(imported.programmeCode()).isEqualTo("networks-events");

        long before = queries.count();
        assertThatThrownBy(() -> importer.importCsv(csv("date,title,kind,organizers,programme\n"
                + day + ",Fine " + UUID.randomUUID() + ",forum,CAS,\n" + day + ",Bad " + UUID.randomUUID() + ",forum,CAS,banquets\n")))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.violations()).hasSize(1);
                    assertThat(refusal.violations().get(0).args()[0]).isEqualTo(3L);
                    assertThat(refusal.violations().get(0).args()[1]).isEqualTo("programme");
                });
        assertThat(queries.count()).isEqualTo(before);
    }

    @Test
    void theDemoCataloguePutsEveryMeetingOfTheYearInAProgramme() {
        List<MeetingView> demo = queries.all(new MeetingQueries.Filter(2021, null, null, null, null, true));
        assertThat(demo).isNotEmpty().allSatisfy(m -> assertThat(programmes.byCode(m.programmeCode())).as(m.title(Locale.ENGLISH)).isPresent());
        assertThat(demo).filteredOn(m -> m.title(Locale.ENGLISH).startsWith("CropWatch-ICP Training Course"))
                .isNotEmpty().allSatisfy(m -> assertThat(m.programmeCode()).isEqualTo("cooperation"));
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
