package org.ansoplatform.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.FigureMessages;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.ansoplatform.shared.Reader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Issue 17, item 3: members and partners by country at the end of a year, from the status history. */
class OrganizationFiguresTests extends IntegrationTest {

    @Autowired
    List<FigureSource> figureSources;

    @Autowired
    List<RecordSource> recordSources;

    @Autowired
    Records records;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationQueries queries;

    @Autowired
    MessageSource messages;

    @Autowired
    Languages languages;

    @Test
    void theDemoDirectoryGivesTheMembersAndPartnersThe2021SourcesNameByCountry() {
        Figure members = figure(2021, "organizations.members");
        Figure partners = figure(2021, "organizations.partners");

        assertThat(members.records()).contains(ref("Chinese Academy of Sciences (CAS)"),
                ref("Russian Academy of Sciences (RAS)"), ref("Pakistan Academy of Sciences (PAS)"));
        assertThat(part(members, "PK").records()).contains(ref("Pakistan Academy of Sciences (PAS)"));
        assertThat(part(partners, "FR").records())
                .contains(ref("United Nations Educational, Scientific and Cultural Organization (UNESCO)"));
        assertThat(members.count()).isEqualTo(members.parts().stream().mapToLong(Figure.Part::count).sum());
        assertThat(members.parts()).allMatch(part -> part.kind() == Figure.Part.Kind.COUNTRY);
        // endorsed by the Board on 9 October 2021, never approved by an Assembly: applicants, neither members nor partners
        RecordRef cuba = ref("Cuban Academy of Sciences");
        assertThat(members.records()).doesNotContain(cuba);
        assertThat(partners.records()).doesNotContain(cuba);
    }

    @Test
    void aStatusCountsInTheYearsItHeldOnTheirLastDayAndALaterChangeLeavesPastYearsAlone() {
        UUID id = organizations.create(new OrganizationCommand("Zz figures history " + UUID.randomUUID(), null, "NP",
                OrganizationType.ACADEMY, OrganizationStatus.APPLICANT, LocalDate.of(2011, 3, 1), null, null));
        organizations.changeStatus(id, OrganizationStatus.MEMBER, LocalDate.of(2012, 6, 1), "Admitted by a test decision");
        organizations.changeStatus(id, OrganizationStatus.FORMER, LocalDate.of(2014, 1, 15), "Left, in a test");
        RecordRef ref = RecordRef.of("organizations", "organization", id);

        assertThat(figure(2011, "organizations.members").records()).doesNotContain(ref);
        assertThat(part(figure(2012, "organizations.members"), "NP").records()).contains(ref);
        assertThat(part(figure(2013, "organizations.members"), "NP").records()).contains(ref);
        assertThat(figure(2014, "organizations.members").records()).doesNotContain(ref);
    }

    @Test
    void aStatusWithoutAStartDateCountsFromTheDayItWasRecorded() {
        UUID id = organizations.create(new OrganizationCommand("Zz figures undated partner " + UUID.randomUUID(), null, "BT",
                OrganizationType.UNIVERSITY, OrganizationStatus.PARTNER, null, null, null));
        RecordRef ref = RecordRef.of("organizations", "organization", id);
        int thisYear = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();

        assertThat(part(figure(thisYear, "organizations.partners"), "BT").records()).contains(ref);
        assertThat(figure(thisYear - 1, "organizations.partners").records()).doesNotContain(ref);
    }

    @Test
    void directoryEntriesResolveForAnyReaderAsThePublicDirectoryShowsThem() {
        RecordRef cas = ref("Chinese Academy of Sciences (CAS)");
        RecordRef unknown = RecordRef.of("organizations", "organization", UUID.randomUUID());
        RecordSource source = recordSources.stream().filter(s -> s.module().equals("organizations")).findFirst().orElseThrow();

        Map<RecordRef, RecordView> direct = source.describe(List.of(cas, unknown), Reader.anonymous(), Locale.ENGLISH);
        assertThat(direct).containsOnlyKeys(cas);
        assertThat(direct.get(cas)).isEqualTo(RecordView.of(cas, "Chinese Academy of Sciences (CAS)", "/directory/" + cas.id()));

        List<RecordView> views = records.describe(List.of(cas, unknown), Reader.anonymous(), Locale.CHINESE);
        assertThat(views).extracting(RecordView::visible).containsExactly(true, false);
        assertThat(views.get(0).path()).isEqualTo("/directory/" + cas.id());
        assertThat(records.describe(cas, Reader.person(UUID.randomUUID(), Set.of()), Locale.ENGLISH).visible()).isTrue();
    }

    @Test
    void theFiguresAreNamedAndDefinedInEveryLanguage() {
        FigureMessages.assertNamedAndDefinedInEveryLanguage(source().figures(2021), messages, languages);
    }

    private FigureSource source() {
        return figureSources.stream().filter(s -> s.module().equals("organizations")).findFirst().orElseThrow();
    }

    private Figure figure(int year, String key) {
        return source().figures(year).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static Figure.Part part(Figure figure, String code) {
        return figure.parts().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no part " + code + " in " + figure.key()));
    }

    private RecordRef ref(String name) {
        UUID id = queries.search(new OrganizationQueries.Filter(name, null, null, null), new org.ansoplatform.shared.PageRequest(0, 5))
                .items().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
        return RecordRef.of("organizations", "organization", id);
    }
}
