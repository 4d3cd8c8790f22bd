package org.ansoplatform.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.meetings.MeetingCommand;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.MeetingMode;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.Organizer;
import org.ansoplatform.meetings.TestMeetings;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.platform.web.SchemaOrg;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** A meeting page’s schema.org Event, as Google’s event recommendations read it. */
class MeetingSchemaOrgTests extends IntegrationTest {

    private static final String S = SchemaOrg.S;

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingManagement management;
    @Autowired
    MeetingQueries queries;
    @Autowired
    OrganizationManagement organizations;
    @Value("${anso.base-url}")
    String baseUrl;

    @Test
    void theEventCarriesDatesWithOffsetPlaceOrganizersWithRorAndItsStatus() throws Exception {
        UUID member = organizations.create(new OrganizationCommand("Event Academy " + UUID.randomUUID().toString().substring(0, 6),
                null, "KZ", OrganizationType.ACADEMY, OrganizationStatus.PARTNER, null, "https://academy.example.org", "02v51f717"));
        MeetingCommand c = TestMeetings.course("Schema course", 10, null, false, List.of());
        UUID id = management.create(new MeetingCommand(c.kind(), c.title(), c.description(), c.startDate(), c.endDate(),
                LocalTime.of(9, 0), LocalTime.of(17, 0), "Asia/Almaty", c.mode(), c.venue(), "Almaty", "KZ", null,
                List.of(new Organizer(member, null), new Organizer(null, "Chinese Academy of Sciences", "https://ror.org/034t30j35")),
                c.themes(), true, true, null, 10, false, false, List.of()));

        JsonNode event = SchemaOrg.onlyBlock(page(id));
        assertThat(SchemaOrg.type(event)).isEqualTo(S + "EducationEvent");
        assertThat(SchemaOrg.value(event, "name")).isEqualTo("Schema course");
        assertThat(SchemaOrg.value(event, "startDate")).matches("\\d{4}-\\d{2}-\\d{2}T09:00(:00)?\\+0[56]:00");
        assertThat(SchemaOrg.value(event, "endDate")).contains("T17:00");
        assertThat(SchemaOrg.value(event, "eventStatus")).isEqualTo("https://schema.org/EventScheduled");
        assertThat(SchemaOrg.value(event, "eventAttendanceMode")).endsWith("OfflineEventAttendanceMode");
        assertThat(SchemaOrg.value(event, "inLanguage")).isEqualTo("en");
        assertThat(SchemaOrg.value(event, "description")).isEqualTo("A course for tests.");
        JsonNode place = SchemaOrg.nodes(event, "location").get(0);
        assertThat(SchemaOrg.type(place)).isEqualTo(S + "Place");
        assertThat(SchemaOrg.value(place, "name")).isEqualTo("CAS Conference Centre");
        JsonNode address = SchemaOrg.nodes(place, "address").get(0);
        assertThat(SchemaOrg.value(address, "addressLocality")).isEqualTo("Almaty");
        assertThat(SchemaOrg.value(address, "addressCountry")).isEqualTo("KZ");
        List<JsonNode> organizers = SchemaOrg.nodes(event, "organizer");
        assertThat(organizers).hasSize(2);
        assertThat(SchemaOrg.value(organizers.get(0), "url")).isEqualTo(baseUrl + "/directory/" + member);
        assertThat(SchemaOrg.value(organizers.get(0), "sameAs")).as("the directory’s ROR id").isEqualTo("https://ror.org/02v51f717");
        assertThat(SchemaOrg.value(organizers.get(1), "name")).isEqualTo("Chinese Academy of Sciences");
        assertThat(SchemaOrg.value(organizers.get(1), "sameAs")).isEqualTo("https://ror.org/034t30j35");

        MeetingView m = queries.byId(id).orElseThrow();
        management.update(id, moved(m, m.startDate().plusDays(7), m.mode()));
        JsonNode rescheduled = SchemaOrg.onlyBlock(page(id));
        assertThat(SchemaOrg.value(rescheduled, "eventStatus")).isEqualTo("https://schema.org/EventRescheduled");
        assertThat(SchemaOrg.value(rescheduled, "previousStartDate")).isEqualTo(m.startDate().toString());

        management.update(id, moved(m, m.startDate().plusDays(7), MeetingMode.ONLINE));
        JsonNode online = SchemaOrg.onlyBlock(page(id));
        assertThat(SchemaOrg.value(online, "eventStatus")).isEqualTo("https://schema.org/EventMovedOnline");
        assertThat(SchemaOrg.type(SchemaOrg.nodes(online, "location").get(0))).isEqualTo(S + "VirtualLocation");

        management.cancel(id);
        assertThat(SchemaOrg.value(SchemaOrg.onlyBlock(page(id)), "eventStatus")).isEqualTo("https://schema.org/EventCancelled");
    }

    private String page(UUID id) throws Exception {
        return mvc.perform(get("/meetings/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static MeetingCommand moved(MeetingView m, java.time.LocalDate start, MeetingMode mode) {
        return new MeetingCommand(m.kind(), m.title(), m.description(), start, start.plusDays(2), m.startTime(),
                m.endTime(), m.timeZone(), mode, m.venue(), m.city(), m.country(),
                mode == MeetingMode.ONLINE ? "https://meet.example.org/x" : null, m.organizers(), m.themes(), true, true,
                null, m.capacity(), m.moderated(), false, m.questions());
    }
}
