package org.ansoplatform.publications.front.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.publications.front.compose.CompositionCandidates;
import org.ansoplatform.publications.front.compose.CompositionCommand;
import org.ansoplatform.publications.front.compose.CompositionKind;
import org.ansoplatform.publications.front.compose.CompositionManagement;
import org.ansoplatform.publications.front.compose.CompositionPublishing;
import org.ansoplatform.publications.front.compose.CompositionQueries;
import org.ansoplatform.shared.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The composed issues of 2021 in the demo, through the module's own commands, once, after the projects and the
 * technology offers (order 90): the three ANSO Outreach issues from the demo's published technology offers and the
 * two ANSO Highlight issues from the published outputs of its projects (Annual Report 2021, "Publications"). The
 * seeds give the counts and the purpose of each publication, not the contents of its issues, so the selection (the
 * candidates in title order, shared out between the issues) and the titles are illustrative and marked so.
 */
@Component
class DemoCompositions {

    static final int YEAR = 2021, OUTREACH_ISSUES = 3, HIGHLIGHT_ISSUES = 2;
    private static final Logger log = LoggerFactory.getLogger(DemoCompositions.class);

    private final DemoMode demoMode;
    private final TransactionTemplate transactions;
    private final CompositionManagement management;
    private final CompositionQueries queries;
    private final CompositionCandidates candidates;
    private final CompositionPublishing publishing;

    DemoCompositions(DemoMode demoMode, TransactionTemplate transactions, CompositionManagement management,
            CompositionQueries queries, CompositionCandidates candidates, CompositionPublishing publishing) {
        this.publishing = publishing;
        this.demoMode = demoMode;
        this.transactions = transactions;
        this.management = management;
        this.queries = queries;
        this.candidates = candidates;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(90)
    void onReady() {
        if (!demoMode.enabled() || queries.count() > 0) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                compose(CompositionKind.OUTREACH, OUTREACH_ISSUES,
                        "Practical, low-cost and user-friendly technologies ({0} of 3, illustrative)",
                        "实用、低成本、易用的技术（第{0}期，共3期，示例）",
                        "ANSO Outreach promotes effective technology transfer from research to innovation and from "
                                + "demonstration to market. The products it presents aim to improve the quality of life and "
                                + "well-being of people all over the world, and to strengthen international cooperation on "
                                + "science, technology, innovation and capacity building (STIC) by sharing advanced technologies "
                                + "and new products with ANSO members and partners.",
                        "ANSO Outreach 旨在促进从研究到创新、从示范到市场的有效技术转移。所介绍的产品致力于改善世界各地人民的生活质量和福祉，"
                                + "并通过与ANSO成员和合作伙伴分享先进技术和新产品，加强科学、技术、创新和能力建设（STIC）方面的国际合作。");
                compose(CompositionKind.HIGHLIGHT, HIGHLIGHT_ISSUES,
                        "Food security, climate change, biodiversity and environmental conservation ({0} of 2, illustrative)",
                        "粮食安全、气候变化、生物多样性与环境保护（第{0}期，共2期，示例）",
                        "ANSO Highlight shares new ideas, methodologies, datasets and technologies of sustainability research "
                                + "by summarizing the latest progress and achievements of scientific projects funded by ANSO and "
                                + "ANSO partners, to stimulate collaboration and communication among ANSO members and partners.",
                        "ANSO Highlight 通过总结ANSO及其合作伙伴资助的科研项目的最新进展和成果，分享可持续发展研究的新思路、新方法、"
                                + "新数据集和新技术，促进ANSO成员和合作伙伴之间的积极合作与交流。");
            });
            log.info("Demo data: three ANSO Outreach and two ANSO Highlight issues of 2021 (illustrative selections)");
        } catch (InvalidInputException | IllegalStateException refused) {
            log.error("Demo data: composed issues refused: {}", refused.getMessage());
        }
    }

    /** {@code issues} compositions of the kind, the candidates in title order shared out between them. */
    private void compose(CompositionKind kind, int issues, String title, String titleZh, String editorial, String editorialZh) {
        List<CompositionCandidates.Candidate> all = new ArrayList<>(candidates.of(kind));
        all.sort(Comparator.comparing(candidate -> candidate.title(Locale.ENGLISH)));
        if (all.size() < issues) {
            log.warn("Demo data: {} candidates for {} {} issues; none composed", all.size(), issues, kind);
            return;
        }
        for (int number = 1; number <= issues; number++) {
            List<String> picks = new ArrayList<>();
            for (int i = number - 1; i < all.size(); i += issues) {
                picks.add(all.get(i).ref().toString());
            }
            UUID id = management.create(new CompositionCommand(kind, YEAR, number,
                    LocalizedText.of(title.replace("{0}", String.valueOf(number)), titleZh.replace("{0}", String.valueOf(number))),
                    LocalizedText.of(editorial, editorialZh), picks, true));
            // published as the series' issues of the year, spread over it (illustrative dates, as the selections)
            int issue = number;
            publishing.defaultSeries(kind).ifPresentOrElse(
                    series -> publishing.publish(id, series.id(), publishing.nextNumber(series.id()),
                            LocalDate.of(YEAR, 12 * issue / (issues + 1), 15)),
                    () -> log.warn("Demo data: no magazine series for {}; the compositions stay unpublished", kind));
        }
    }
}
