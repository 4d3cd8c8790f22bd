package org.ansoplatform.files.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.files.ResumableUploads;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.files.TestFiles;
import org.ansoplatform.platform.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The tus 1.0 endpoint at /uploads as a client sees it, and a finished upload turned into a stored file. */
class TusProtocolTests extends IntegrationTest {

    static final Set<String> CSV = Set.of("text/csv", "text/plain");

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired ResumableUploads resumable;
    @Autowired UploadExpiry expiry;

    Someone owner;
    TusClient tus;

    @BeforeEach
    void signIn() {
        owner = Someone.register(accounts, "Uploader Person");
        tus = new TusClient(mvc, owner.signedIn());
    }

    static byte[] csv(int rows) {
        StringBuilder text = new StringBuilder("station,day,mm\n");
        for (int i = 0; text.length() < rows; i++) {
            text.append("Bishkek,2021-05-").append(10 + i % 20).append(',').append(i % 97).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anUploadSentInPiecesIsStoredWithTheChecksumsComputedWhileReceiving() throws Exception {
        byte[] content = csv(300_000);
        MockHttpServletResponse created = tus.create(content.length, TusClient.metadata("filename", "rain fall.csv",
                "sha256", TusClient.hex("SHA-256", content)));
        assertThat(created.getStatus()).isEqualTo(201);
        String location = created.getHeader("Location");
        assertThat(location).matches(".*/uploads/[0-9a-f-]{36}");
        assertThat(created.getHeader("Upload-Expires")).isNotBlank();

        int third = content.length / 3;
        assertThat(tus.patch(location, 0, Arrays.copyOfRange(content, 0, third)).getStatus()).isEqualTo(204);
        MockHttpServletResponse head = tus.head(location);
        assertThat(head.getStatus()).isIn(200, 204);
        assertThat(head.getHeader("Upload-Offset")).isEqualTo(String.valueOf(third));
        assertThat(head.getHeader("Upload-Length")).isEqualTo(String.valueOf(content.length));
        assertThat(tus.patch(location, third, Arrays.copyOfRange(content, third, 2 * third)).getHeader("Upload-Offset"))
                .isEqualTo(String.valueOf(2 * third));
        assertThatThrownBy(() -> resumable.finish(owner.id(), location, CSV, resumable.maxSize()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).messageKey())
                        .isEqualTo("files.upload.error.unfinished"));
        assertThat(tus.patch(location, 2 * third, Arrays.copyOfRange(content, 2 * third, content.length)).getStatus())
                .isEqualTo(204);

        StoredFile stored = resumable.finish(owner.id(), location, CSV, resumable.maxSize());
        assertThat(stored.sha256()).isEqualTo(TusClient.hex("SHA-256", content));
        assertThat(stored.md5()).isEqualTo(TusClient.hex("MD5", content));
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.originalName()).isEqualTo("rain fall.csv");
        assertThat(tus.head(location).getStatus()).as("the upload is gone once stored").isEqualTo(404);
    }

    @Test
    void aPatchAtTheWrongOffsetIsRefusedWith409AndNothingChanges() throws Exception {
        byte[] content = csv(10_000);
        String location = tus.create(content.length, Map.of()).getHeader("Location");
        tus.patch(location, 0, Arrays.copyOfRange(content, 0, 4000));
        assertThat(tus.patch(location, 3000, Arrays.copyOfRange(content, 3000, 6000)).getStatus()).isEqualTo(409);
        assertThat(tus.head(location).getHeader("Upload-Offset")).isEqualTo("4000");
    }

    @Test
    void aChunkWithAWrongChecksumIsRefusedWith460AndDiscardedAndTheWholeDigestStaysRight() throws Exception {
        byte[] content = csv(20_000);
        String location = tus.create(content.length, Map.of("filename", "c.csv")).getHeader("Location");
        byte[] first = Arrays.copyOfRange(content, 0, 8000);
        byte[] rest = Arrays.copyOfRange(content, 8000, content.length);
        assertThat(tus.patch(location, 0, first, TusClient.base64("SHA-1", first)).getStatus()).isEqualTo(204);
        assertThat(tus.patch(location, 8000, rest, TusClient.base64("SHA-1", first)).getStatus()).isEqualTo(460);
        assertThat(tus.head(location).getHeader("Upload-Offset")).isEqualTo("8000");
        assertThat(tus.patch(location, 8000, rest, TusClient.base64("SHA-1", rest)).getStatus()).isEqualTo(204);

        StoredFile stored = resumable.finish(owner.id(), location, CSV, resumable.maxSize());
        assertThat(stored.sha256()).isEqualTo(TusClient.hex("SHA-256", content));
        assertThat(stored.md5()).isEqualTo(TusClient.hex("MD5", content));
    }

    @Test
    void optionsTellWhatTheServerSupportsAndChangesNeedTheCsrfToken() throws Exception {
        MockHttpServletResponse options = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .options("/uploads").with(owner.signedIn())).andReturn().getResponse();
        assertThat(options.getStatus()).isIn(200, 204);
        assertThat(options.getHeader("Tus-Version")).contains("1.0.0");
        assertThat(options.getHeader("Tus-Extension")).contains("creation", "checksum", "termination", "expiration")
                .doesNotContain("concatenation");
        assertThat(options.getHeader("Tus-Max-Size")).isEqualTo(String.valueOf(resumable.maxSize()));

        String location = tus.create(100, Map.of()).getHeader("Location");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(location)
                .with(owner.signedIn()).header("Tus-Resumable", "1.0.0").header("Upload-Offset", 0)
                .header("Content-Type", "application/offset+octet-stream").content(new byte[10]))
                .andReturn().getResponse().getStatus()).as("no CSRF token").isEqualTo(403);
    }

    @Test
    void anUploadLargerThanTheMaximumIsRefusedWith413() throws Exception {
        assertThat(tus.create(resumable.maxSize() + 1, Map.of()).getStatus()).isEqualTo(413);
    }

    @Test
    void anotherPersonsUploadDoesNotExistForThem() throws Exception {
        byte[] content = csv(5_000);
        String location = tus.create(content.length, Map.of()).getHeader("Location");
        tus.patch(location, 0, Arrays.copyOfRange(content, 0, 1000));
        Someone other = Someone.register(accounts, "Other Person");
        TusClient theirs = new TusClient(mvc, other.signedIn());
        assertThat(theirs.head(location).getStatus()).isEqualTo(404);
        assertThat(theirs.patch(location, 1000, Arrays.copyOfRange(content, 1000, 2000)).getStatus()).isEqualTo(404);
        assertThat(theirs.delete(location).getStatus()).isEqualTo(404);
        assertThatThrownBy(() -> resumable.finish(other.id(), location, CSV, resumable.maxSize()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).messageKey())
                        .isEqualTo("files.upload.error.unknown"));
        assertThat(tus.head(location).getHeader("Upload-Offset")).as("untouched for its owner").isEqualTo("1000");
    }

    @Test
    void anonymousPeopleCannotUpload() throws Exception {
        TusClient anonymous = new TusClient(mvc, null);
        MockHttpServletResponse created = anonymous.create(100, Map.of());
        assertThat(created.getStatus() == 401 || created.getStatus() == 302 && created.getRedirectedUrl().endsWith("/login"))
                .as("status %s", created.getStatus()).isTrue();
        assertThat(anonymous.create("/api/v1/uploads", 100, Map.of()).getStatus()).isEqualTo(401);
    }

    @Test
    void terminationRemovesTheUpload() throws Exception {
        String location = tus.create(1000, Map.of()).getHeader("Location");
        tus.patch(location, 0, csv(500));
        assertThat(tus.delete(location).getStatus()).isEqualTo(204);
        assertThat(tus.head(location).getStatus()).isEqualTo(404);
    }

    @Test
    void anUploadIdleLongerThanTheExpiryIsGoneAndTheJobRemovesIt() throws Exception {
        byte[] content = csv(5_000);
        String stale = tus.create(content.length, Map.of()).getHeader("Location");
        tus.patch(stale, 0, Arrays.copyOfRange(content, 0, 1000));
        String waiting = tus.create(content.length, Map.of()).getHeader("Location");
        clock.advance(Duration.ofDays(6));
        tus.patch(waiting, 0, Arrays.copyOfRange(content, 0, 1000)); // touched: a new week starts for this one
        clock.advance(Duration.ofDays(2));

        assertThat(tus.head(stale).getStatus()).as("expired: gone").isEqualTo(410);
        assertThat(tus.head(waiting).getStatus()).as("touched six days in: not expired").isIn(200, 204);
        String other = tus.create(content.length, Map.of()).getHeader("Location");
        clock.advance(Duration.ofDays(8));
        assertThat(expiry.expire()).isGreaterThanOrEqualTo(1);
        assertThat(tus.head(other).getStatus()).as("removed by the job").isEqualTo(404);
        assertThatThrownBy(() -> resumable.finish(owner.id(), other, CSV, resumable.maxSize()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDeclaredChecksumThatDoesNotMatchIsRefusedWithItsMessageAndNothingIsStored() throws Exception {
        byte[] content = csv(8_000);
        String wrong = TusClient.hex("SHA-256", "something else".getBytes(StandardCharsets.UTF_8));
        String location = tus.upload(content, 2, TusClient.metadata("filename", "x.csv", "sha256", wrong));
        assertThatThrownBy(() -> resumable.finish(owner.id(), location, CSV, resumable.maxSize()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).messageKey()).isEqualTo("files.upload.error.checksum");
                    assertThat(e.violations().get(0).args()).contains("SHA-256", wrong);
                });
        assertThat(tus.head(location).getStatus()).as("the upload is deleted").isEqualTo(404);

        String md5Location = tus.upload(content, 1, TusClient.metadata("filename", "x.csv"));
        assertThatThrownBy(() -> resumable.finish(owner.id(), md5Location, new ResumableUploads.Declared(null,
                "0123456789abcdef0123456789abcdef"), CSV, resumable.maxSize()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).args())
                        .contains("MD5"));
    }

    @Test
    void aDisguisedFileIsRefusedAndTheUploadIsRemoved() throws Exception {
        byte[] png = TestFiles.png();
        String location = tus.upload(png, 1, TusClient.metadata("filename", "table.csv"));
        assertThatThrownBy(() -> resumable.finish(owner.id(), location, Set.of("text/csv", "image/png"), resumable.maxSize()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).messageKey())
                        .isEqualTo("files.error.disguised"));
        assertThat(tus.head(location).getStatus()).isEqualTo(404);
    }

    @Test
    void scriptsUseTheSameEndpointUnderTheApiWithTheirToken() throws Exception {
        // tokens authenticate active accounts only
        String email = "upload.script." + System.nanoTime() + "@example.net";
        Someone scripter = new Someone(accounts.createActive(email, "Upload Scripter", "a sturdy api passphrase",
                java.util.EnumSet.of(org.ansoplatform.accounts.Role.APPLICANT)), email, "Upload Scripter", Set.of("APPLICANT"));
        String token = "Bearer " + accounts.createApiToken(scripter.id(), "upload script").secret();
        TusClient script = new TusClient(mvc, request -> {
            request.addHeader("Authorization", token);
            return request;
        });
        byte[] content = csv(3_000);
        MockHttpServletResponse created = script.create("/api/v1/uploads", content.length, Map.of("filename", "s.csv"));
        assertThat(created.getStatus()).isEqualTo(201);
        String location = created.getHeader("Location");
        assertThat(location).startsWith("/api/v1/uploads/");
        assertThat(script.patch(location, 0, content).getStatus()).isEqualTo(204);
        assertThat(resumable.finish(scripter.id(), location, CSV, resumable.maxSize()).sha256())
                .isEqualTo(TusClient.hex("SHA-256", content));
    }
}
