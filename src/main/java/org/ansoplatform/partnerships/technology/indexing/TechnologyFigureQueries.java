package org.ansoplatform.partnerships.technology.indexing;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.IntroductionStatus;
import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.FigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the yearly figures count: first publications, introductions agreed and deals signed in a UTC year. */
@Repository
class TechnologyFigureQueries {

    record Published(UUID id, List<String> sectors) {
    }

    record Deal(UUID id, AgreementKind kind) {
    }

    private final JdbcClient jdbc;

    TechnologyFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Published> published(TechnologyKind kind, int year) {
        return jdbc.sql("""
                select id, sectors from partnerships.technology
                where kind = :kind and published_at >= :from and published_at < :to order by published_at, id""")
                .param("kind", kind.name()).param("from", Timestamp.from(FigureSource.startOf(year)))
                .param("to", Timestamp.from(FigureSource.startOf(year + 1)))
                .query((rs, n) -> new Published(Rows.uuid(rs, "id"), Rows.strings(rs, "sectors"))).list();
    }

    List<UUID> introduced(int year) {
        return jdbc.sql("""
                select id from partnerships.introduction where introduced_at >= :from and introduced_at < :to
                order by introduced_at, id""")
                .param("from", Timestamp.from(FigureSource.startOf(year))).param("to", Timestamp.from(FigureSource.startOf(year + 1)))
                .query(UUID.class).list();
    }

    List<Deal> deals(int year) {
        return jdbc.sql("""
                select id, agreement_kind from partnerships.introduction where status = :signed
                and concluded_at >= :from and concluded_at < :to order by concluded_at, id""")
                .param("signed", IntroductionStatus.AGREEMENT_SIGNED.name())
                .param("from", Timestamp.from(FigureSource.startOf(year))).param("to", Timestamp.from(FigureSource.startOf(year + 1)))
                .query((rs, n) -> new Deal(Rows.uuid(rs, "id"), Rows.enumValue(rs, "agreement_kind", AgreementKind.class))).list();
    }
}
