package org.ansoplatform.files.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.datasets.deposit.DatasetManagement;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.datasets.deposit.DepositFixtures;
import org.ansoplatform.datasets.deposit.FileAccess;
import org.ansoplatform.datasets.deposit.FolderNames;
import org.ansoplatform.platform.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A finished resumable upload added to a dataset's draft: by the API, by the deposit page, and who may not. */
class DatasetUploadTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired DatasetManagement datasets;
    @Autowired DatasetQueries queries;

    @AfterEach
    void signOut() {
        DepositFixtures.as(null);
    }

    Someone active(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "." + System.nanoTime() + "@example.net";
        UUID id = accounts.createActive(email, name, "a sturdy uploads passphrase", EnumSet.of(Role.APPLICANT));
        return new Someone(id, email, name, Set.of("APPLICANT"));
    }

    UUID draft(Someone depositor) {
        DepositFixtures.as(depositor);
        try {
            return datasets.create(DepositFixtures.metadata("Glacier mass balance", null));
        } finally {
            DepositFixtures.as(null);
        }
    }

    static byte[] csv() {
        return "glacier,year,balance_mwe\nAbramov,2019,-0.71\nAbramov,2020,-0.42\n".getBytes(StandardCharsets.UTF_8);
    }

    MockHttpServletResponse addByApi(String token, UUID dataset, String json) throws Exception {
        return mvc.perform(post("/api/v1/datasets/" + dataset + "/files/uploaded").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
    }

    @Test
    void aScriptUploadsThroughTheApiAndAddsTheFileInAFolderOthersAreRefused() throws Exception {
        Someone depositor = active("Upload Depositor");
        Someone other = active("Other Depositor");
        String token = "Bearer " + accounts.createApiToken(depositor.id(), "uploads").secret();
        String othersToken = "Bearer " + accounts.createApiToken(other.id(), "uploads").secret();
        UUID dataset = draft(depositor);
        TusClient script = new TusClient(mvc, request -> {
            request.addHeader("Authorization", token);
            return request;
        });
        byte[] content = csv();
        String location = script.create("/api/v1/uploads", content.length, Map.of("filename", "balance.csv")).getHeader("Location");
        script.patch(location, 0, content);

        String json = "{\"upload\":\"" + location + "\",\"folder\":\"%s\",\"access\":\"OPEN\",\"sha256\":\""
                + TusClient.hex("SHA-256", content) + "\"}";
        assertThat(addByApi(othersToken, dataset, json.formatted("mass/")).getStatus()).as("another person").isEqualTo(404);
        assertThat(addByApi("Bearer not-a-token", dataset, json.formatted("mass/")).getStatus()).isEqualTo(401);
        MockHttpServletResponse badFolder = addByApi(token, dataset, json.formatted("../mass/"));
        assertThat(badFolder.getStatus()).isEqualTo(400);
        assertThat(badFolder.getContentAsString(StandardCharsets.UTF_8)).contains("folder").contains("..");

        MockHttpServletResponse added = addByApi(token, dataset, json.formatted("mass/2020/"));
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
        assertThat(added.getContentAsString()).contains("\"folder\":\"mass/2020/\"")
                .contains("\"md5\":\"" + TusClient.hex("MD5", content) + "\"");
        var version = queries.latest(dataset).orElseThrow();
        var file = queries.files(version.id()).stream().filter(f -> f.name().equals("balance.csv")).findFirst().orElseThrow();
        assertThat(file.folder()).isEqualTo("mass/2020/");
        assertThat(file.sha256()).isEqualTo(TusClient.hex("SHA-256", content));
        assertThat(file.md5()).isEqualTo(TusClient.hex("MD5", content));
        assertThat(addByApi(token, dataset, json.formatted("")).getStatus()).as("the upload is used up").isEqualTo(400);
    }

    @Test
    void theDepositPageAddsAnUploadOnlyForItsDepositor() throws Exception {
        Someone depositor = active("Page Depositor");
        Someone other = active("Page Stranger");
        UUID dataset = draft(depositor);
        byte[] content = csv();
        String location = new TusClient(mvc, depositor.signedIn()).upload(content, 1, Map.of("filename", "page.csv"));

        MockHttpServletResponse anonymous = mvc.perform(post("/me/datasets/" + dataset + "/files/uploaded").with(csrf())
                .param("upload", location)).andReturn().getResponse();
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(post("/me/datasets/" + dataset + "/files/uploaded").with(other.signedIn()).with(csrf())
                .param("upload", location)).andReturn().getResponse().getStatus()).isEqualTo(404);

        var wrong = mvc.perform(post("/me/datasets/" + dataset + "/files/uploaded").with(depositor.signedIn())
                .with(csrf()).param("upload", location).param("sha256", "ab".repeat(32))).andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(302);
        assertThat(wrong.getFlashMap().get("flashError")).isEqualTo("files.upload.error.checksum");
        var version = queries.latest(dataset).orElseThrow();
        assertThat(queries.files(version.id())).as("a wrong SHA-256 stores nothing").isEmpty();

        String again = new TusClient(mvc, depositor.signedIn()).upload(content, 2, Map.of("filename", "page.csv"));
        var added = mvc.perform(post("/me/datasets/" + dataset + "/files/uploaded").with(depositor.signedIn())
                .with(csrf()).param("upload", again).param("folder", " tables ").param("access", "OPEN")
                .param("sha256", TusClient.hex("SHA-256", content))).andReturn();
        assertThat(added.getFlashMap().get("flashSuccess")).isEqualTo("datasets.fileAdded");
        assertThat(queries.files(version.id())).singleElement().satisfies(f -> assertThat(f.folder()).isEqualTo("tables/"));
    }

    @Test
    void folderNamesAreRelativePathsEndingInASlash() {
        assertThat(FolderNames.check(null)).isEmpty();
        assertThat(FolderNames.check("")).isEmpty();
        assertThat(FolderNames.check("raw/2024/")).isEqualTo("raw/2024/");
        assertThat(FolderNames.check("données/été/")).isEqualTo("données/été/");
        assertThat(FolderNames.fromForm(" raw/2024 ")).isEqualTo("raw/2024/");
        Map.of("/raw/", "datasets.folder.error.absolute", "raw", "datasets.folder.error.trailing",
                "raw/../x/", "datasets.folder.error.dots", "../", "datasets.folder.error.dots", "./a/", "datasets.folder.error.dots",
                "a//b/", "datasets.folder.error.characters", "a\\b/", "datasets.folder.error.characters",
                "a\u0000/", "datasets.folder.error.characters", "x".repeat(1000) + "/", "datasets.folder.error.tooLong")
                .forEach((folder, key) -> assertThatThrownBy(() -> FolderNames.check(folder)).as(folder)
                        .isInstanceOfSatisfying(InvalidInputException.class,
                                e -> assertThat(e.violations().get(0).messageKey()).isEqualTo(key)));
    }

    @Test
    void aBadFolderChangesNothing() throws Exception {
        Someone depositor = active("Folder Depositor");
        UUID dataset = draft(depositor);
        String location = new TusClient(mvc, depositor.signedIn()).upload(csv(), 1, Map.of("filename", "f.csv"));
        DepositFixtures.as(depositor);
        assertThatThrownBy(() -> datasets.addUploaded(dataset, location, "/abs/", FileAccess.OPEN, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(datasets.addUploaded(dataset, location, "", FileAccess.OPEN, null)).as("the upload is still there")
                .isNotNull();
    }

    @Test
    void aSecondFileOfTheSamePathIsRefusedAndItsUploadKeptForAnotherFolder() throws Exception {
        Someone depositor = active("Path Depositor");
        UUID dataset = draft(depositor);
        DepositFixtures.as(depositor);
        datasets.addFile(dataset, "balance.csv", new java.io.ByteArrayInputStream(csv()), FileAccess.OPEN, null);
        assertThatThrownBy(() -> datasets.addFile(dataset, "balance.csv", new java.io.ByteArrayInputStream(csv()),
                FileAccess.OPEN, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("file");
                    assertThat(e.violations().get(0).messageKey()).isEqualTo("datasets.error.fileExists");
                });

        String location = new TusClient(mvc, depositor.signedIn()).upload(csv(), 1, Map.of("filename", "balance.csv"));
        DepositFixtures.as(depositor);
        assertThatThrownBy(() -> datasets.addUploaded(dataset, location, "", FileAccess.OPEN, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("datasets.error.fileExists"));
        var version = queries.latest(dataset).orElseThrow();
        assertThat(queries.files(version.id())).as("nothing added").hasSize(1);
        datasets.addUploaded(dataset, location, "2020/", FileAccess.OPEN, null);
        assertThat(queries.files(version.id())).extracting(f -> f.folder() + f.name())
                .containsExactlyInAnyOrder("balance.csv", "2020/balance.csv");

        // the deposit page's refusal names its field, so that the page shows it next to the file input
        var refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/me/datasets/" + dataset + "/files")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "balance.csv", "text/csv", csv()))
                .param("access", "OPEN").with(depositor.signedIn()).with(csrf())).andReturn();
        assertThat(refused.getFlashMap().get("flashErrorField")).isEqualTo("file");
        assertThat(queries.files(version.id())).as("nothing added by the page").hasSize(2);
    }

    @Test
    void namesAndFoldersInEveryScriptReachTheFileListAndThePreview() throws Exception {
        Someone depositor = active("Script Depositor");
        UUID dataset = draft(depositor);
        Map<String, String> names = new java.util.LinkedHashMap<>();
        names.put("dữ liệu/", "Nguyễn Văn Thành số liệu.csv");
        names.put("данные/", "Иван Петров.csv");
        names.put("بيانات/", "محمد علی.csv");
        names.put("数据/", "张伟 观测.csv");
        for (Map.Entry<String, String> entry : names.entrySet()) {
            String location = new TusClient(mvc, depositor.signedIn()).upload(csv(), 2, Map.of("filename", entry.getValue()));
            DepositFixtures.as(depositor);
            datasets.addUploaded(dataset, location, entry.getKey(), FileAccess.OPEN, null);
            DepositFixtures.as(null);
        }
        var version = queries.latest(dataset).orElseThrow();
        assertThat(queries.files(version.id())).extracting(f -> f.folder() + f.name())
                .containsExactlyInAnyOrderElementsOf(names.entrySet().stream().map(e -> e.getKey() + e.getValue()).toList());

        for (Map.Entry<String, String> entry : names.entrySet()) {
            String list = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .get("/datasets/" + dataset + "/versions/1/files").param("folder", entry.getKey())
                    .with(depositor.signedIn())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(list).contains(entry.getValue());
        }
        var han = queries.files(version.id()).stream().filter(f -> f.folder().equals("数据/")).findFirst().orElseThrow();
        String preview = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/datasets/" + dataset + "/versions/1/files/" + han.id() + "/preview").with(depositor.signedIn()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(preview).contains("数据/张伟 观测.csv").contains("<th scope=\"col\">glacier</th>").contains("<td>Abramov</td>");
    }
}
