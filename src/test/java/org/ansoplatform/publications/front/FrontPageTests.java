package org.ansoplatform.publications.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallStatus;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.figures.FigureQueries;
import org.ansoplatform.meetings.MeetingCommand;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.TestMeetings;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.projects.PublicProjectQueries;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.Reader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public front page (issue 21, item 7): its content in every language, its figures, its markup, who may see it. */
class FrontPageTests extends IntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    Languages languages;
    @Autowired
    CallManagement calls;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    OrganizationQueries organizations;
    @Autowired
    PublicProjectQueries projects;
    @Autowired
    FigureQueries figures;
    @Autowired
    KeyFigures keyFigures;
    @Autowired
    org.ansoplatform.publications.PublicationManagement publications;
    @Autowired
    AccountManagement accounts;

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private String page(String language) throws Exception {
        MockHttpServletResponse response = perform(get("/").param("lang", language));
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFrontPageSaysWhatTheAllianceIsInEveryConfiguredLanguage() throws Exception {
        assertThat(languages.tags()).contains("en", "zh", "ru");
        for (Locale language : languages.locales()) {
            String html = page(language.getLanguage());
            String alliance = messages.getMessage("publications.front.alliance", null, language);
            assertThat(html).as(language.getLanguage()).contains("<html lang=\"" + language.getLanguage() + "\"",
                    alliance, messages.getMessage("publications.front.calls", null, language),
                    messages.getMessage("publications.front.meetings", null, language),
                    messages.getMessage("publications.front.news", null, language),
                    messages.getMessage("publications.front.publications", null, language));
        }
        assertThat(page("en")).contains("non-profit international scientific organization founded in 2018");
        assertThat(page("zh")).contains("2018年", "非营利性国际科学组织");
        assertThat(page("ru")).contains("некоммерческая международная научная организация");
    }

    @Test
    void callsOpenNowAndOpeningSoonAndUpcomingMeetingsAppearButNotClosedDraftPastOrUnpublishedOnes() throws Exception {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), SHANGHAI);
        CallDefinition open = CallTestDataAccess.call("front-open", now.minusDays(1), now.plusHours(2));
        CallDefinition soon = CallTestDataAccess.call("front-soon", now.plusHours(1), now.plusDays(40));
        CallDefinition closed = CallTestDataAccess.call("front-closed", now.minusDays(60), now.minusDays(30));
        CallDefinition draft = withStatus(CallTestDataAccess.call("front-draft", now.minusDays(1), now.plusHours(1)), CallStatus.DRAFT);
        for (CallDefinition call : List.of(open, soon, closed, draft)) {
            calls.create(call);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        UUID coming = meetings.create(on(TestMeetings.course("Front page course " + UUID.randomUUID(), null, null, false, List.of()),
                today, true));
        UUID past = meetings.create(on(TestMeetings.course("Front page past course", null, null, false, List.of()),
                today.minusDays(20), true));
        UUID hidden = meetings.create(on(TestMeetings.course("Front page unpublished course", null, null, false, List.of()),
                today, false));

        for (String language : List.of("en", "zh", "ru")) {
            String html = page(language);
            assertThat(html).as(language).contains("data-call=\"" + open.code() + "\"", "data-call=\"" + soon.code() + "\"",
                    "data-meeting=\"" + coming + "\"");
            assertThat(html).as(language).doesNotContain(closed.code(), draft.code(), past.toString(), hidden.toString());
        }
        String html = page("en");
        assertThat(section(html, "calls")).contains("class=\"open-call\" data-call=\"" + open.code() + "\"",
                "class=\"upcoming-call\" data-call=\"" + soon.code() + "\"", "Test call " + open.code());
        assertThat(page("zh")).contains("测试 " + open.code(), "开放中", "即将开放");
    }

    @Test
    void theKeyFiguresEqualTheModulesOwnRecordsAndFollowThemAfterTheCacheExpires() throws Exception {
        keyFigures.evict();
        int year = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
        Map<String, Long> shown = figures(page("en"));

        List<OrganizationView> members = organizations.all().stream().filter(o -> o.status() == OrganizationStatus.MEMBER).toList();
        assertThat(shown.get("organizations.members")).isEqualTo(members.size()).isPositive();
        long projectsRunning = projects.search(new PublicProjectQueries.Filter(null, null, null, null, year), Reader.anonymous(),
                new PageRequest(0, 1)).total();
        assertThat(shown.get("projects.active")).isEqualTo(projectsRunning);
        assertThat(shown.get("calls.awardees")).isEqualTo(figures.figure("calls.awardees", year).count());
        assertThat(shown.get("meetings.trainees")).isEqualTo(figures.figure("meetings.trainees", year).count());

        String html = page("en");
        long countries = members.stream().map(OrganizationView::country).distinct().count();
        assertThat(html).contains("href=\"/directory?status=MEMBER\"", "href=\"/projects?year=" + year + "\"",
                "href=\"/meetings?year=" + year + "\"", "href=\"/calls\"",
                "in " + countries + (countries == 1 ? " country" : " countries"));
        assertThat(html).doesNotContain("/secretariat/figures");
    }

    @Test
    void theFiguresAreCachedForAMinuteThenReadAgain() throws Exception {
        keyFigures.evict();
        int year = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
        List<KeyFigures.KeyFigure> first = keyFigures.of(year);
        assertThat(keyFigures.of(year)).isSameAs(first);
        clock.advance(Duration.ofSeconds(61));
        assertThat(keyFigures.of(year)).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void theCachedCallsAndMeetingsAreForgottenAsSoonAsACallOrAMeetingChanges() throws Exception {
        page("en"); // the lists are cached now
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), SHANGHAI);
        CallDefinition open = CallTestDataAccess.call("front-fresh", now.minusDays(1), now.plusHours(1));
        calls.create(open);
        UUID coming = meetings.create(on(TestMeetings.course("Fresh course", null, null, false, List.of()),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), true));
        assertThat(page("en")).contains("data-call=\"" + open.code() + "\"", "data-meeting=\"" + coming + "\"");
    }

    @Test
    void aVisitorsLatestNewsAndPublicationsAreKeptUntilOneIsPublishedAndOnlyPublicOnesShow() throws Exception {
        page("en"); // a visitor's lists are cached now
        String marker = org.ansoplatform.publications.series.SeriesFixtures.word();
        var fixtures = new org.ansoplatform.publications.series.SeriesFixtures(publications, clock);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        UUID open = fixtures.series("Front open " + marker, org.ansoplatform.publications.SeriesKind.ADVISORY_REPORT_SERIES,
                org.ansoplatform.publications.Cadence.IRREGULAR, org.ansoplatform.publications.AccessPolicy.PUBLIC, null, List.of(), List.of());
        UUID closed = fixtures.series("Front restricted " + marker, org.ansoplatform.publications.SeriesKind.ADVISORY_REPORT_SERIES,
                org.ansoplatform.publications.Cadence.IRREGULAR, org.ansoplatform.publications.AccessPolicy.RESTRICTED, null, List.of(), List.of());
        fixtures.published(closed, 1, today, "Restricted front " + marker);
        fixtures.published(open, 1, today, "Public front " + marker);
        fixtures.published(open, 2, today.plusDays(30), "Next month " + marker);
        String html = page("en");
        assertThat(html).contains("Public front " + marker).doesNotContain("Restricted front " + marker, "Next month " + marker);
    }

    @Test
    void openGraphTagsAndTheOrganizationJsonLdParse() throws Exception {
        for (String language : List.of("en", "zh", "ru")) {
            String html = page(language);
            Map<String, String> og = new HashMap<>();
            Matcher meta = Pattern.compile("<meta property=\"(og:[a-z_:]+)\" content=\"([^\"]*)\"").matcher(html);
            while (meta.find()) {
                og.putIfAbsent(meta.group(1), meta.group(2));
            }
            assertThat(og).containsKeys("og:title", "og:description", "og:type", "og:url", "og:locale", "og:locale:alternate");
            assertThat(og.get("og:type")).isEqualTo("website");
            assertThat(og.get("og:url")).startsWith("http://localhost:").endsWith("/");
            assertThat(og.get("og:locale")).isEqualTo(language);
            assertThat(html.indexOf("og:title")).isLessThan(html.indexOf("</head>"));

            Matcher block = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
            assertThat(block.find()).isTrue();
            JsonNode data = JsonMapper.builder().build().readTree(block.group(1));
            assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
            assertThat(data.get("@type").asString()).isEqualTo("Organization");
            assertThat(data.get("name").asString()).isEqualTo(messages.getMessage("publications.front.alliance.name", null,
                    Locale.forLanguageTag(language)));
            assertThat(data.get("url").asString()).isEqualTo(og.get("og:url"));
            assertThat(data.get("sameAs").get(0).asString()).isEqualTo(FrontMarkup.ALLIANCE_SITE);
        }
    }

    @Test
    void theSearchBoxAndTheLinksToThePublicPagesAreThere() throws Exception {
        String html = page("en");
        assertThat(html).containsPattern("<form class=\"front-search\" role=\"search\" method=\"get\" action=\"/search\" aria-label=\"[^\"]+\">");
        assertThat(html).contains("name=\"q\"");
        for (String id : List.of("figures", "calls", "meetings", "news", "publications")) {
            assertThat(html.split("id=\"" + id + "\"", -1)).as(id).hasSizeLessThanOrEqualTo(2); // each part once
        }
        for (String path : List.of("/directory", "/calls", "/meetings", "/projects", "/partners", "/technology")) {
            assertThat(html).contains("href=\"" + path + "\"");
            assertThat(perform(get(path)).getStatus()).as(path).isEqualTo(200);
        }
    }

    @Test
    void noAcceptLanguageMakesTheFrontPageFail() throws Exception {
        for (String header : List.of("", "*", "zh-CN,zh;q=0.9,en;q=0.8", "ar", "xx-YY", "en;q=garbage", "de-DE,de", "fr-CA",
                "es-419", "zh-Hant-TW", "ru-RU;q=1.0", "i-klingon", ";;;,,,", "a".repeat(300))) {
            MockHttpServletResponse response = perform(header.isEmpty() ? get("/") : get("/").header("Accept-Language", header));
            assertThat(response.getStatus()).as(header).isEqualTo(200);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(header).contains("application/ld+json");
        }
    }

    @Test
    void anyoneSeesTheFrontPageAndSignedInPeopleStillSeeWhoTheyAreAndTheSignOutNotice() throws Exception {
        assertThat(perform(get("/")).getStatus()).isEqualTo(200);
        assertThat(perform(get("/").param("signedOut", "")).getContentAsString()).contains("You have signed out.");
        Someone applicant = Someone.register(accounts, "Front Reader", "APPLICANT");
        Someone secretary = Someone.register(accounts, "Front Secretary", "SECRETARIAT");
        for (Someone someone : List.of(applicant, secretary)) {
            MockHttpServletResponse response = perform(get("/").with(someone.signedIn()));
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Signed in as " + someone.email(),
                    "non-profit international scientific organization");
        }
    }

    /** The numbers shown, by figure key. */
    private static Map<String, Long> figures(String html) {
        Map<String, Long> shown = new HashMap<>();
        Matcher figure = Pattern.compile("data-figure=\"([a-z.A-Z]+)\" data-count=\"(\\d+)\"").matcher(html);
        while (figure.find()) {
            shown.put(figure.group(1), Long.parseLong(figure.group(2)));
        }
        return shown;
    }

    /** The page from the section with this id on. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return html.substring(start);
    }

    private static CallDefinition withStatus(CallDefinition call, CallStatus status) {
        return new CallDefinition(call.programmeCode(), call.code(), call.referencePrefix(), call.title(), call.description(),
                call.zone(), call.opens(), call.closes(), status, call.refereeCount(), call.nominationQuota(), call.tracks(),
                call.hosts(), call.form(), call.eligibility());
    }

    private static MeetingCommand on(MeetingCommand c, LocalDate start, boolean published) {
        return new MeetingCommand(c.kind(), c.title(), c.description(), start, start.plusDays(1), c.startTime(), c.endTime(),
                c.timeZone(), c.mode(), c.venue(), c.city(), c.country(), c.onlineLink(), c.organizers(), c.themes(), published,
                c.registrationOpen(), c.registrationClosesAt(), c.capacity(), c.moderated(), c.guestCertificates(), c.questions(),
                c.programmeCode());
    }
}
