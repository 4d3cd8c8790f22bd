package org.ansoplatform.platform.web;

import org.ansoplatform.platform.ProblemType;
import java.util.List;

import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What a problem's {@code type} URI dereferences to: one public page per {@link ProblemType}, in the reader's
 * language, saying what the problem means and what a client should do, and an index of them all.
 */
@Controller
class ProblemPages {

    @Bean
    static AccessRule problemPagesArePublic() {
        return AccessRule.openForGet("/problems", "/problems/*");
    }

    @GetMapping("/problems")
    String index(Model model) {
        model.addAttribute("types", List.of(ProblemType.values()));
        return "problems/index";
    }

    @GetMapping("/problems/{slug}")
    String type(@PathVariable String slug, Model model) {
        ProblemType type = ProblemType.bySlug(slug).orElseThrow(() -> new NotFoundException("problem type " + slug));
        model.addAttribute("type", type);
        return "problems/type";
    }
}
