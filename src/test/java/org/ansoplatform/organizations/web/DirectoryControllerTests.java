package org.ansoplatform.organizations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

class DirectoryControllerTests extends IntegrationTest {

    private static final Pattern DATA_COUNTRY = Pattern.compile("data-country=\"([A-Z]{2})\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganizationQueries queries;
    @Autowired
    OrganizationManagement management;
    @Value("${local.server.port}")
    int port;

    @Test
    void anonymousVisitorSeesTheDirectoryWithFiltersAndStatusBadges() throws Exception {
        String html = mvc.perform(get("/directory"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<html", "Member directory", "Academy of Sciences of Ecuador",
                "hx-get=\"/directory\"", "hx-target=\"#results\"", "hx-push-url=\"true\"",
                "<form class=\"filters\" method=\"get\"", "action=\"/directory\"",
                "<div class=\"table-wrap\">", "<span class=\"badge partner\">Partner</span>");
        assertThat(html).contains("<option value=\"CN\">China</option>");
        // twenty to a page, with a link to the next page that keeps working without JavaScript
        assertThat(countries(html)).hasSize(20);
        assertThat(html).contains("href=\"/directory?page=1\"");
    }

    @Test
    void filteringByCountryShowsOnlyOrganizationsOfThatCountry() throws Exception {
        // the filter in the address, as a browser sends it: the pager's links keep the current address's query
        String html = mvc.perform(get("/directory?country=CN"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(countries(html)).isNotEmpty().containsOnly("CN");
        assertThat(html).contains("Beijing Normal University", "北京师范大学")
                .doesNotContain("Russian Academy of Sciences", "Cuban Academy of Sciences");
        assertThat(html).contains("<option value=\"CN\" selected=\"selected\">China</option>");
        // the next page keeps the filter
        assertThat(html).contains("href=\"/directory?country=CN&amp;page=1\"");
    }

    @Test
    void filtersCombineAndSearchMatchesTheOriginalName() throws Exception {
        String html = mvc.perform(get("/directory").param("q", "universidad").param("country", "AR")
                        .param("type", "UNIVERSITY").param("status", "APPLICANT"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Buenos Aires Faculty", "Universidad Nacional de San Juan")
                .doesNotContain("Instituto Argentino de Radioastronomía (IAR)");
        assertThat(countries(html)).containsExactly("AR", "AR");
    }

    @Test
    void unknownFilterValuesAreIgnoredOnPages() throws Exception {
        mvc.perform(get("/directory").param("country", "XX").param("type", "CASTLE").param("page", "many"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Academy of Sciences of Ecuador")));
    }

    @Test
    void anHtmxRequestGetsOnlyTheResultsFragment() throws Exception {
        String html = mvc.perform(get("/directory").param("country", "CN").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().stringValues(HttpHeaders.VARY, org.hamcrest.Matchers.hasItem("HX-Request")))
                .andReturn().getResponse().getContentAsString();

        assertThat(html.strip()).startsWith("<div id=\"results\"");
        assertThat(html).doesNotContain("<html", "<head", "<nav>", "class=\"filters\"");
        assertThat(countries(html)).isNotEmpty().containsOnly("CN");
    }

    @Test
    void anHtmxHistoryRestoreGetsTheWholePage() throws Exception {
        mvc.perform(get("/directory").header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html")));
    }

    @Test
    void detailPageShowsAllFieldsAndTheStatusHistory() throws Exception {
        OrganizationView cuba = only("Cuban Academy of Sciences");

        String html = mvc.perform(get("/directory/{id}", cuba.id()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h1>Cuban Academy of Sciences</h1>", "Academia de Ciencias de Cuba", "Cuba",
                "Academy", "since 9 October 2021", "Status history");
        // endorsed by the Board on that day, it awaits the General Assembly: an applicant, not a member (issue 15)
        assertThat(html).containsPattern("(?s)class=\"status-history\".*<tr data-status=\"APPLICANT\">.*2021-10-09");
    }

    @Test
    void detailPageLinksTheWebsiteAndTheRorRecord() throws Exception {
        UUID id = management.create(new OrganizationCommand("Testing Linked Institute " + UUID.randomUUID(), null, "NP",
                OrganizationType.RESEARCH_INSTITUTE, OrganizationStatus.APPLICANT, null, "https://linked.example.org/",
                "034t30j35"));

        String html = mvc.perform(get("/directory/{id}", id))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("href=\"https://ror.org/034t30j35\"", "href=\"https://linked.example.org/\"",
                "Nepal", "<span class=\"badge applicant\">Applicant</span>");
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() throws Exception {
        mvc.perform(get("/directory/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/directory/not-an-id")).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownIdShowsTheNotFoundPageOverHttp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/directory/" + UUID.randomUUID()))
                        .header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }

    @Test
    void chineseReadersSeeChineseLabelsCountryNamesAndBadges() throws Exception {
        String html = mvc.perform(get("/directory").param("lang", "zh").param("country", "CN"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("成员名录", "国家或地区", "类型", "状态", "按名称搜索",
                "<option value=\"CN\" selected=\"selected\">中国</option>", "<option value=\"ACADEMY\">科学院</option>",
                "<span class=\"badge partner\">合作伙伴</span>", "<td>研究机构</td>")
                .doesNotContain("Country or region", ">Partner<");
    }

    @Test
    void aChineseBrowserSeesTheDetailPageInChinese() throws Exception {
        OrganizationView cas = only("Chinese Academy of Sciences (CAS)");

        String html = mvc.perform(get("/directory/{id}", cas.id()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("中国科学院", "状态变更记录", "<span class=\"badge member\">成员</span>", "科学院",
                "返回成员名录", "<dd>中国</dd>");
    }

    private OrganizationView only(String name) {
        List<OrganizationView> found = queries.search(new OrganizationQueries.Filter(name, null, null, null),
                new PageRequest(0, 5)).items().stream().filter(o -> o.name().equals(name)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<String> countries(String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = DATA_COUNTRY.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
