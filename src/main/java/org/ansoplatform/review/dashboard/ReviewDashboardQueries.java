package org.ansoplatform.review.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.review.ReviewOutcomes.PanelStatus;
import org.ansoplatform.review.ReviewStatus;
import org.ansoplatform.review.panels.PanelStore;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Secretariat's dashboard view of reviewing: per panel that reviews, the reviews assigned and submitted, in one statement. */
@Service
public class ReviewDashboardQueries {

    /**
     * @param assigned  pairs without a declared conflict
     * @param submitted of them, reviews submitted
     * @param waiting   of them, neither submitted nor declined nor reminded yet (what “Remind” would write about)
     */
    public record PanelLine(UUID id, LocalizedText title, Instant deadline, ZoneId zone, long assigned, long submitted, long waiting) {

        public int percent() {
            return assigned == 0 ? 0 : (int) (submitted * 100 / assigned);
        }
    }

    private final JdbcClient jdbc;
    private final PanelStore panels;

    ReviewDashboardQueries(JdbcClient jdbc, PanelStore panels) {
        this.jdbc = jdbc;
        this.panels = panels;
    }

    @Transactional(readOnly = true)
    public List<PanelLine> reviewing() {
        return jdbc.sql("""
                select p.id, p.title::text as title, p.review_deadline, p.zone,
                    count(*) filter (where a.reviewer_id is not null) as assigned,
                    count(*) filter (where r.status = :submitted) as submitted,
                    count(*) filter (where a.reviewer_id is not null and (r.id is null or r.status = :draft and r.reminded_at is null)) as waiting
                from review.panel p
                left join review.assignment a on a.panel_id = p.id and not exists (select 1 from review.conflict c
                    where c.panel_id = a.panel_id and c.subject_id = a.subject_id and c.reviewer_id = a.reviewer_id)
                left join review.review r on r.panel_id = a.panel_id and r.subject_id = a.subject_id and r.reviewer_id = a.reviewer_id
                where p.status = :reviewing
                group by p.id order by p.review_deadline nulls last, p.id""")
                .param("submitted", ReviewStatus.SUBMITTED.name()).param("draft", ReviewStatus.DRAFT.name())
                .param("reviewing", PanelStatus.REVIEWING.name())
                .query((rs, n) -> new PanelLine(Rows.uuid(rs, "id"), panels.text(rs.getString("title")), Rows.instant(rs, "review_deadline"),
                        zone(rs.getString("zone")), rs.getLong("assigned"), rs.getLong("submitted"), rs.getLong("waiting")))
                .list();
    }

    private static ZoneId zone(String stored) {
        try {
            return ZoneId.of(stored);
        } catch (RuntimeException e) {
            return ZoneId.of("Asia/Shanghai");
        }
    }
}
