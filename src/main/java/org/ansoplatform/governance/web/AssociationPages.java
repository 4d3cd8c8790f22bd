package org.ansoplatform.governance.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.governance.AssociationQueries;
import org.ansoplatform.governance.AssociationState;
import org.ansoplatform.governance.AssociationView;
import org.ansoplatform.governance.ScienceField;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public list of associations, searched and filtered, and a page per association with its meetings. */
@Controller
public class AssociationPages {

    /** The list's filters; as on the directory's page, a value of no known state or field is left out. */
    public record AssociationFilter(String q, String region, AssociationState state, ScienceField field) {

        AssociationQueries.Filter toQuery() {
            return new AssociationQueries.Filter(q, region, state, field);
        }

        static <E extends Enum<E>> E lenient(Class<E> type, String value) {
            return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                    .findFirst().orElse(null);
        }
    }

    private final AssociationQueries associations;
    private final MeetingQueries meetings;

    AssociationPages(AssociationQueries associations, MeetingQueries meetings) {
        this.associations = associations;
        this.meetings = meetings;
    }

    @GetMapping("/governance/associations")
    String associations(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(required = false) String state, @RequestParam(required = false) String field, Model model) {
        AssociationFilter filter = new AssociationFilter(q, region, AssociationFilter.lenient(AssociationState.class, state),
                AssociationFilter.lenient(ScienceField.class, field));
        model.addAttribute("filter", filter);
        model.addAttribute("associations", associations.search(filter.toQuery()));
        model.addAttribute("states", Arrays.asList(AssociationState.values()));
        model.addAttribute("fields", Arrays.asList(ScienceField.values()));
        return "governance/associations";
    }

    @GetMapping("/governance/associations/{id}")
    String association(@PathVariable UUID id, Model model) {
        model.addAttribute("profile", associations.profile(id));
        model.addAttribute("meetings", meetingsOf(associations.byId(id), meetings));
        return "governance/association";
    }

    /**
     * The catalogue's meetings an association organized. Meetings link organizers to the directory, not to
     * associations, so they are found by the association's acronym or name among the organizers' names.
     */
    static List<MeetingView> meetingsOf(AssociationView association, MeetingQueries meetings) {
        Map<UUID, MeetingView> found = new LinkedHashMap<>();
        for (String mention : List.of(association.acronym(), association.name())) {
            meetings.search(new MeetingQueries.Filter(null, null, mention, null, null, false), new PageRequest(0, PageRequest.MAX_SIZE))
                    .items().forEach(m -> found.putIfAbsent(m.id(), m));
        }
        return found.values().stream().sorted(java.util.Comparator.comparing(MeetingView::startDate)).toList();
    }
}
