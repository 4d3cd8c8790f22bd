package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.OrcidProfile;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.review.panels.ReviewerPool;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerCommand;
import org.ansoplatform.shared.RorId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A reviewer's institution with its ROR id: checked next to the field (422, nothing stored), stored bare, shown as its
 * https URI in the pool and on the reviewer's profile, the name taken from the directory when only the id is given; the
 * pool shows each reviewer's ORCID iD from their account.
 */
class ReviewerInstitutionRorTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired ReviewerPool reviewers;
    @Autowired OrcidProfile orcids;
    @Autowired OrganizationManagement organizations;

    private MockHttpServletResponse update(Someone secretariat, UUID id, Someone expert, String institution, String ror) throws Exception {
        return mvc.perform(post("/secretariat/review/reviewers/" + id).header("Accept-Language", "en")
                .param("email", expert.email()).param("name", expert.displayName()).param("institution", institution)
                .param("country", "GH").param("languages", "en").param("fields", "1.1").param("maxLoad", "12").param("institutionRor", ror)
                .with(secretariat.signedIn()).with(csrf())).andReturn().getResponse();
    }

    @Test
    void aBadRorIdIsRefusedNextToTheFieldAndAGoodOneIsStoredBareAndShownAsALink() throws Exception {
        Someone expert = Someone.register(accounts, "Ror Expert", "REVIEWER");
        UUID id = reviewers.add(new ReviewerCommand(expert.email(), expert.displayName(), "University of Ghana", "GH", List.of("en"),
                List.of("1.1"), 12));
        Someone secretariat = Someone.register(accounts, "Ror Secretariat", "SECRETARIAT");

        MockHttpServletResponse refused = update(secretariat, id, expert, "Renamed University", "052gg0111");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(refused.getContentAsString(StandardCharsets.UTF_8), "institutionRor")).contains("not a ROR id");
        assertThat(reviewers.get(id).institutionRor()).isNull();
        assertThat(reviewers.get(id).institution()).as("nothing stored").isEqualTo("University of Ghana");

        assertThat(update(secretariat, id, expert, "University of Oxford", "https://ror.org/052gg0110").getStatus()).isEqualTo(302);
        assertThat(reviewers.get(id).institutionRor()).isEqualTo("052gg0110");

        orcids.change(expert.id(), "0000-0002-1825-0097");
        String pool = mvc.perform(get("/secretariat/review/reviewers").with(secretariat.signedIn())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(pool).contains(">https://ror.org/052gg0110</a>").contains(">https://orcid.org/0000-0002-1825-0097</a>");
        String profile = mvc.perform(get("/reviewer/profile").with(expert.signedIn())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(profile).contains(">https://ror.org/052gg0110</a>").contains(">https://orcid.org/0000-0002-1825-0097</a>");

        // only the Secretariat sees the pool; the reviewer their own profile only
        assertThat(mvc.perform(get("/secretariat/review/reviewers").with(expert.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(update(expert, id, expert, "Mine", "034t30j35").getStatus()).isEqualTo(403);
        assertThat(reviewers.get(id).institutionRor()).isEqualTo("052gg0110");
        Someone stranger = Someone.register(accounts, "Ror Stranger", "APPLICANT");
        assertThat(mvc.perform(get("/reviewer/profile").with(stranger.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anIdOfTheDirectoryAloneNamesTheInstitution() throws Exception {
        String ror = uniqueRorId();
        String name = "Ror Directory University " + System.nanoTime();
        organizations.create(new OrganizationCommand(name, null, "GH", OrganizationType.UNIVERSITY, OrganizationStatus.APPLICANT,
                LocalDate.of(2025, 1, 15), null, ror));
        Someone expert = Someone.register(accounts, "Ror Directory Expert", "REVIEWER");
        UUID id = reviewers.add(new ReviewerCommand(expert.email(), expert.displayName(), "", "GH", List.of("en"), List.of("1.1"), 12,
                "https://ror.org/" + ror.toUpperCase(java.util.Locale.ROOT)));
        assertThat(reviewers.get(id).institution()).isEqualTo(name);
        assertThat(reviewers.get(id).institutionRor()).isEqualTo(ror);
    }

    /** A valid ROR id no other test uses: random base32, checksum 98 - (n * 100 mod 97). */
    static String uniqueRorId() {
        String crockford = "0123456789abcdefghjkmnpqrstvwxyz";
        java.util.Random random = new java.util.Random(System.nanoTime());
        StringBuilder body = new StringBuilder();
        long n = 0;
        for (int i = 0; i < 6; i++) {
            int digit = random.nextInt(32);
            body.append(crockford.charAt(digit));
            n = n * 32 + digit;
        }
        String id = "0" + body + String.format(java.util.Locale.ROOT, "%02d", 98 - (n * 100) % 97);
        assertThat(RorId.isValid(id)).isTrue();
        return id;
    }
}
