package org.ansoplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.shared.OrcidId;
import org.ansoplatform.shared.PersonOrcids;
import org.ansoplatform.FieldErrors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** A person's ORCID iD on their own profile: checked, stored as ORCID writes it, shown as its https URI, theirs alone. */
@RecordApplicationEvents
class OrcidProfileTests extends IntegrationTest {

    static final String VALID = "0000-0002-1825-0097";

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired AccountQueries people;
    @Autowired PersonOrcids orcids;
    @Autowired ApplicationEvents events;

    private MockHttpServletResponse save(Someone person, String name, String orcid) throws Exception {
        return mvc.perform(post("/account/profile").with(person.signedIn()).with(csrf()).header("Accept-Language", "en")
                .param("displayName", name).param("orcid", orcid)).andReturn().getResponse();
    }

    @Test
    void aBadCheckCharacterIsRefusedNextToTheFieldWith422AndNothingIsStored() throws Exception {
        Someone person = Someone.register(accounts, "Orcid Typo");
        MockHttpServletResponse response = save(person, "Renamed Typo", "0000-0002-1825-0098");

        assertThat(response.getStatus()).isEqualTo(422);
        String page = response.getContentAsString();
        assertThat(FieldErrors.of(page, "orcid")).contains("not an ORCID iD").contains("check digit");
        assertThat(page).containsPattern("<input[^>]*id=\"orcid\"[^>]*value=\"0000-0002-1825-0098\"")
                .containsPattern("<input[^>]*id=\"orcid\"[^>]*aria-invalid=\"true\"");
        assertThat(orcids.of(person.id())).isEmpty();
        assertThat(people.person(person.id()).orElseThrow().displayName()).as("the name is not saved either").isEqualTo("Orcid Typo");
    }

    @Test
    void theMessageIsInTheReadersLanguage() throws Exception {
        Someone person = Someone.register(accounts, "Orcid Lecteur");
        MockHttpServletResponse response = mvc.perform(post("/account/profile").with(person.signedIn()).with(csrf())
                .header("Accept-Language", "fr").param("displayName", "Lecteur").param("orcid", "1234")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(response.getContentAsString(), "orcid")).contains("Ce n’est pas un ORCID iD");
    }

    @Test
    void theUrlFormIsStoredNormalizedShownAsItsHttpsUriAndInTheApi() throws Exception {
        Someone person = Someone.register(accounts, "Orcid Owner");
        assertThat(save(person, "Orcid Owner", "  https://orcid.org/0000-0002-1825-0097 ").getStatus()).isEqualTo(302);

        assertThat(orcids.of(person.id())).contains(OrcidId.parse(VALID));
        assertThat(events.stream(OrcidChanged.class)).anyMatch(e -> e.personId().equals(person.id()) && VALID.equals(e.orcid()));
        String page = mvc.perform(get("/account").with(person.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("<input[^>]*id=\"orcid\"[^>]*value=\"" + VALID + "\"");
        // ORCID asks for the full URI as the link's text, not the bare digits
        assertThat(page).contains("<a href=\"https://orcid.org/" + VALID + "\" rel=\"noopener noreferrer\" class=\"orcid-link\">https://orcid.org/"
                + VALID + "</a>");

        String me = mvc.perform(get("/api/v1/me").with(person.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(me).contains("\"orcid\":\"" + VALID + "\"");
    }

    @Test
    void aBlankFieldRemovesTheIdAndTheApiSaysNull() throws Exception {
        Someone person = Someone.register(accounts, "Orcid Leaver");
        assertThat(save(person, "Orcid Leaver", "0000-0002-1694-233x").getStatus()).isEqualTo(302);
        assertThat(orcids.of(person.id())).contains(OrcidId.parse("0000-0002-1694-233X"));
        assertThat(save(person, "Orcid Leaver", "").getStatus()).isEqualTo(302);
        assertThat(orcids.of(person.id())).isEmpty();
        String me = mvc.perform(get("/api/v1/me").with(person.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(me).contains("\"orcid\":null");
    }

    @Test
    void onlyThePersonChangesTheirOwnIdAndAnonymousPostsStoreNothing() throws Exception {
        Someone owner = Someone.register(accounts, "Orcid Holder");
        Someone other = Someone.register(accounts, "Orcid Intruder");
        assertThat(save(owner, "Orcid Holder", VALID).getStatus()).isEqualTo(302);

        // the form names no person: whatever another user sends changes their own record only
        MockHttpServletResponse response = mvc.perform(post("/account/profile").with(other.signedIn()).with(csrf())
                .param("displayName", "Orcid Intruder").param("orcid", "0000-0001-5109-3700").param("id", owner.id().toString())
                .param("personId", owner.id().toString())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(orcids.of(owner.id())).contains(OrcidId.parse(VALID));
        assertThat(orcids.of(other.id())).contains(OrcidId.parse("0000-0001-5109-3700"));

        Someone third = Someone.register(accounts, "Orcid Anonymous");
        int anonymous = mvc.perform(post("/account/profile").with(csrf()).param("displayName", "x").param("orcid", VALID))
                .andReturn().getResponse().getStatus();
        assertThat(anonymous).isIn(302, 401, 403);
        assertThat(orcids.of(third.id())).isEmpty();
        assertThat(mvc.perform(get("/account")).andReturn().getResponse().getStatus()).isIn(302, 401);
    }
}
