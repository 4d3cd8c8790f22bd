package org.ansoplatform.publications.web;

import java.util.Locale;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.publications.front.FrontContent;
import org.ansoplatform.publications.front.FrontMarkup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public front page {@code /} (issue 21, item 7), which replaced the platform's welcome page: what the
 * alliance is, its open and coming calls, upcoming meetings, the latest news and publications, key figures of the
 * year linking to what they count, the search box, OpenGraph and schema.org markup. Signed-in people also see who
 * they are signed in as, and everyone the notice after signing out ({@code ?signedOut}).
 */
@Controller
class FrontPages {

    static final String VIEW = "publications/front/front";

    private final FrontContent content;
    private final FrontMarkup markup;
    private final CurrentActor currentActor;

    FrontPages(FrontContent content, FrontMarkup markup, CurrentActor currentActor) {
        this.content = content;
        this.markup = markup;
        this.currentActor = currentActor;
    }

    @GetMapping("/")
    String front(Model model, Locale locale) {
        model.addAttribute("front", content.page(currentActor.reader(), locale));
        model.addAttribute("og", markup.openGraph(locale));
        model.addAttribute("jsonLd", markup.organization(locale));
        return VIEW;
    }
}
