package org.ansoplatform.files.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.files.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FileApiTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousCallersGetA401Problem() throws Exception {
        mvc.perform(get("/api/v1/files"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/files/{id}/content", UUID.randomUUID()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anUploadAnswers201WithItsLocationAndMetadataAndIsListed() throws Exception {
        UserDetails applicant = person("applicant@example.org");
        byte[] pdf = TestFiles.pdf();

        MvcResult created = mvc.perform(multipart("/api/v1/files")
                        .file(new MockMultipartFile("file", "budget.pdf", "application/octet-stream", pdf))
                        .with(user(applicant)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/v1/files/")))
                .andExpect(jsonPath("$.originalName").value("budget.pdf"))
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.size").value(pdf.length))
                .andExpect(jsonPath("$.sha256").value(TestFiles.sha256(pdf)))
                .andExpect(jsonPath("$.createdAt").isString())
                .andReturn();
        JsonNode body = json.readTree(created.getResponse().getContentAsString());
        String id = body.get("id").asString();
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/files/" + id);

        mvc.perform(get("/api/v1/files").with(user(applicant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        mvc.perform(get("/api/v1/files/{id}", id).with(user(applicant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        MvcResult content = mvc.perform(get("/api/v1/files/{id}/content", id).with(user(applicant)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''budget.pdf")))
                .andReturn();
        assertThat(content.getResponse().getContentAsByteArray()).isEqualTo(pdf);
    }

    @Test
    void aDisguisedUploadIsA400ProblemOnTheFileFieldAndStoresNothing() throws Exception {
        long before = rows();

        mvc.perform(multipart("/api/v1/files")
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf", TestFiles.pe()))
                        .with(user(person("applicant@example.org"))).with(csrf()).locale(Locale.ENGLISH))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "The file is named as a PDF document, but its content is an executable program. It has not been stored."));

        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anUploadWithoutAFileIsA400ProblemOnTheFileField() throws Exception {
        mvc.perform(multipart("/api/v1/files").with(user(person("applicant@example.org"))).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void anotherPersonsFileIsNotFoundLikeAMissingOne() throws Exception {
        byte[] pdf = TestFiles.pdf();
        MvcResult created = mvc.perform(multipart("/api/v1/files")
                        .file(new MockMultipartFile("file", "private.pdf", "application/pdf", pdf))
                        .with(user(person("applicant@example.org"))).with(csrf()))
                .andExpect(status().isCreated())
                .andReturn();
        String id = json.readTree(created.getResponse().getContentAsString()).get("id").asString();
        UserDetails reviewer = person("reviewer@example.org");

        mvc.perform(get("/api/v1/files/{id}/content", id).with(user(reviewer)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/files/{id}", id).with(user(reviewer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/files/{id}/content", UUID.randomUUID()).with(user(reviewer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/files/{id}/content", "nonsense").with(user(reviewer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/files").with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem(id))));
    }

    private UserDetails person(String email) {
        return userDetailsService.loadUserByUsername(email);
    }

    private long rows() {
        return jdbc.sql("select count(*) from files.stored_file").query(Long.class).single();
    }
}
