package org.ansoplatform.datasets.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ansoplatform.datasets.deposit.DepositFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.files.preview.PreviewSamples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Preview pages of a dataset's files: a table's first rows, a picture with its ETag and caching (304 when the browser
 * has it), a message for a type without previews; linked from the landing page; a closed file's preview and a draft's
 * 404 to anyone but its depositor.
 */
class PreviewPagesTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired DatasetManagement datasets;
    @Autowired CurationManagement curation;
    @Autowired DatasetQueries queries;
    @Autowired AccountManagement accounts;

    @Test
    void aPublishedVersionsOpenFilesHavePreviewsAndClosedOnesNone() throws Exception {
        DepositFixtures f = new DepositFixtures(datasets, curation, accounts);
        Someone depositor = f.depositor("Petra Preview");
        Someone curator = f.curator("Paul Curator");
        UUID id = f.draft(depositor, "Previewed gauges", null);
        UUID map = datasets.addFile(id, "map.png", new ByteArrayInputStream(PreviewSamples.image(2400, 1200, "png")),
                FileAccess.OPEN, null);
        UUID closedMap = datasets.addFile(id, "closed.png", new ByteArrayInputStream(PreviewSamples.image(20, 10, "png")),
                FileAccess.RESTRICTED, null);
        f.publish(depositor, curator, id, queries);
        UUID versionId = queries.latestPublished(id).orElseThrow().id();
        UUID csv = queries.files(versionId).stream().filter(x -> x.name().equals("rainfall.csv")).findFirst().orElseThrow().id();
        UUID notes = queries.files(versionId).stream().filter(x -> x.name().equals("notes.txt")).findFirst().orElseThrow().id();
        String files = "/datasets/" + id + "/versions/1/files/";

        String landing = html("/datasets/" + id, null);
        assertThat(landing).contains(files + csv + "/preview").contains(files + map + "/preview")
                .doesNotContain(files + closedMap + "/preview");

        String table = html(files + csv + "/preview", null);
        assertThat(table).contains("<th scope=\"col\">station</th>").contains("<td>Bishkek</td>").contains(files + csv + "\"");

        String picturePage = html(files + map + "/preview", null);
        assertThat(picturePage).contains(files + map + "/preview.png");
        MockHttpServletResponse picture = send(get(files + map + "/preview.png"), null);
        assertThat(picture.getStatus()).isEqualTo(200);
        assertThat(picture.getContentType()).isEqualTo("image/png");
        assertThat(picture.getHeader("Cache-Control")).contains("max-age=86400").contains("public");
        assertThat(ImageIO.read(new ByteArrayInputStream(picture.getContentAsByteArray())).getWidth()).isEqualTo(1200);
        String etag = picture.getHeader("ETag");
        assertThat(send(get(files + map + "/preview.png").header("If-None-Match", etag), null).getStatus()).isEqualTo(304);
        assertThat(send(get(files + csv + "/preview.png"), null).getStatus()).isEqualTo(404);

        // closed: 404 to anyone without access, the picture private to the depositor
        assertThat(send(get(files + closedMap + "/preview"), null).getStatus()).isEqualTo(404);
        assertThat(send(get(files + notes + "/preview"), f.depositor("Nora Nobody").signedIn()).getStatus()).isEqualTo(404);
        MockHttpServletResponse own = send(get(files + closedMap + "/preview.png"), depositor.signedIn());
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getHeader("Cache-Control")).contains("private");
        assertThat(html(files + notes + "/preview", depositor.signedIn())).contains("There is no preview for files of this type.");
    }

    @Test
    void aDraftsPreviewsAreItsDepositorsAlone() throws Exception {
        DepositFixtures f = new DepositFixtures(datasets, curation, accounts);
        Someone owner = f.depositor("Drew Draft");
        Someone other = f.depositor("Olga Other");
        UUID id = f.draft(owner, "Draft previews", null);
        as(null);
        UUID csv = queries.files(queries.latest(id).orElseThrow().id()).stream().filter(x -> x.name().equals("rainfall.csv"))
                .findFirst().orElseThrow().id();
        String path = "/datasets/" + id + "/versions/1/files/" + csv + "/preview";
        assertThat(send(get(path), null).getStatus()).isEqualTo(404);
        assertThat(send(get(path), other.signedIn()).getStatus()).isEqualTo(404);
        assertThat(html(path, owner.signedIn())).contains("<th scope=\"col\">station</th>");
        assertThat(send(get("/datasets/" + id + "/versions/1/files/" + UUID.randomUUID() + "/preview"), owner.signedIn())
                .getStatus()).isEqualTo(404);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        if (who != null) {
            request.with(who);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String html(String path, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = send(get(path), who);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
