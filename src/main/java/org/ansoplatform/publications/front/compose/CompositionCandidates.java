package org.ansoplatform.publications.front.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.partnerships.TechnologyView;
import org.ansoplatform.projects.PublicProject;
import org.ansoplatform.projects.PublicProjectQueries;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;

/**
 * What an editor may pick, read through the owning modules' public queries: for Outreach the technology offers
 * published now (partnerships), for Highlight the published outputs of published projects (projects), each as a
 * {@link RecordRef} with its title and summary in every language.
 */
@Component
public class CompositionCandidates {

    /** The projects module's record type of an output, as its references name it. */
    public static final String PROJECTS = "projects", OUTPUT = "output";

    /** A record that may be picked: its reference, its title (for Highlight, after its project's acronym) and summary. */
    public record Candidate(RecordRef ref, LocalizedText title, LocalizedText summary, String context) {

        public String title(Locale locale) {
            return (context == null ? "" : context + ": ") + title.in(locale);
        }

        public String summary(Locale locale) {
            return summary == null || summary.isEmpty() ? null : summary.in(locale);
        }
    }

    private final TechnologyQueries technology;
    private final PublicProjectQueries projects;

    CompositionCandidates(TechnologyQueries technology, PublicProjectQueries projects) {
        this.technology = technology;
        this.projects = projects;
    }

    public List<Candidate> of(CompositionKind kind) {
        return kind == CompositionKind.OUTREACH ? offers() : outputs();
    }

    /** The candidate this reference names for the kind, if it is one now. */
    public Optional<Candidate> find(CompositionKind kind, RecordRef ref) {
        if (kind == CompositionKind.OUTREACH) {
            return ref.is(TechnologyOfferManagement.MODULE, TechnologyOfferManagement.OFFER)
                    ? technology.byId(ref.id()).filter(TechnologyView::published).filter(t -> t.kind() == TechnologyKind.OFFER)
                            .map(CompositionCandidates::offer)
                    : Optional.empty();
        }
        if (!ref.is(PROJECTS, OUTPUT)) {
            return Optional.empty();
        }
        return projects.output(ref.id()).filter(PublicProject.Output::published)
                .flatMap(output -> projects.readable(output.projectId(), Reader.anonymous()).map(project -> output(project, output)));
    }

    private List<Candidate> offers() {
        return technology.published(TechnologyKind.OFFER).stream().map(CompositionCandidates::offer).toList();
    }

    private List<Candidate> outputs() {
        List<Candidate> candidates = new ArrayList<>();
        PageResult<PublicProject.Card> page;
        int number = 0;
        do {
            page = projects.search(PublicProjectQueries.Filter.none(), Reader.anonymous(), new PageRequest(number++, PageRequest.MAX_SIZE));
            for (PublicProject.Card card : page.items()) {
                projects.outputs(card.id(), false).forEach(output -> candidates.add(new Candidate(RecordRef.of(PROJECTS, OUTPUT,
                        output.id()), output.title(), output.description(), card.acronym() != null ? card.acronym() : card.code())));
            }
        } while (page.hasNext());
        return candidates;
    }

    private static Candidate offer(TechnologyView offer) {
        return new Candidate(RecordRef.of(TechnologyOfferManagement.MODULE, TechnologyOfferManagement.OFFER, offer.id()),
                offer.title(), offer.summary(), null);
    }

    private static Candidate output(PublicProject project, PublicProject.Output output) {
        return new Candidate(RecordRef.of(PROJECTS, OUTPUT, output.id()), output.title(), output.description(),
                project.acronym() != null ? project.acronym() : project.code());
    }
}
