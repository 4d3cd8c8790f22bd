package org.ansoplatform.platform.web;

import org.ansoplatform.platform.ProofOfWork;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the one layout needs on every page: who is signed in (for the menu), the language and the demo banner. */
@ControllerAdvice
class LayoutModel {

    /** The viewer as the layout sees it; {@code has} drives the role-specific menu entries. */
    public record Viewer(boolean signedIn, String name, String email, SignedInPerson person) {
        public boolean has(String role) {
            return person != null && person.hasRole(role);
        }
    }

    private static final List<String> WIDGET_TEXTS = List.of("label", "verified", "verifying", "waitAlert", "error",
            "expired", "ariaLinkLabel", "footer");

    private final DemoMode demoMode;
    private final Map<Menu, List<MenuEntry>> menuEntries;
    private final ProofOfWork proofOfWork;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Languages languages;
    private final org.springframework.core.env.Environment environment;

    LayoutModel(DemoMode demoMode, List<MenuEntry> entries, ProofOfWork proofOfWork, MessageSource messages,
            JsonMapper json, Languages languages, org.springframework.core.env.Environment environment) {
        this.demoMode = demoMode;
        this.environment = environment;
        this.languages = languages;
        this.proofOfWork = proofOfWork;
        this.messages = messages;
        this.json = json;
        Map<Menu, List<MenuEntry>> byMenu = new EnumMap<>(Menu.class);
        entries.stream().sorted(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::path))
                .forEach(entry -> byMenu.computeIfAbsent(entry.menu(), menu -> new ArrayList<>()).add(entry));
        this.menuEntries = byMenu;
    }

    /**
     * Fills the layout's model in one method, and not at all for JSON handlers: model attribute methods run
     * for every handler, and API calls would pay for menus and language links they never render.
     */
    @ModelAttribute
    void layout(Model model, HttpServletRequest request, Locale locale) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)) {
            return;
        }
        Viewer viewer = viewer();
        model.addAttribute("viewer", viewer);
        model.addAttribute("menus", menus(viewer));
        model.addAttribute("demoMode", demoMode.enabled());
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("direction", Languages.direction(locale.getLanguage()));
        model.addAttribute("languageChoices", languages.choices());
        model.addAttribute("languageLinks", languageLinks(request, languages.tags()));
        model.addAttribute("head", HeadLinks.of(request, environment.getProperty("anso.base-url", "http://localhost:8080"),
                languages.tags(), locale.getLanguage()));
        boolean asked = proofOfWork.enabled() && !viewer.signedIn();
        model.addAttribute("proofOfWorkAsked", asked);
        if (asked) {
            model.addAttribute("proofOfWorkTexts", widgetTexts(locale));
        }
    }

    /** The proof-of-work widget's own texts, in the page's language (it reads them as one JSON attribute). */
    private String widgetTexts(Locale locale) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        WIDGET_TEXTS.forEach(key -> texts.put(key, messages.getMessage("platform.proofOfWork.widget." + key, null, locale)));
        return json.writeValueAsString(texts);
    }

    /** The menus this viewer may see by name, each with its entries in order; menus without entries are left out. */
    private Map<String, List<MenuEntry>> menus(Viewer viewer) {
        Map<String, List<MenuEntry>> visible = new java.util.LinkedHashMap<>();
        menuEntries.forEach((menu, entries) -> {
            boolean shown = switch (menu) {
                case PUBLIC -> true;
                case PERSONAL, ACCOUNT -> viewer.signedIn();
                default -> viewer.has(menu.role());
            };
            if (shown) {
                visible.put(menu.name(), entries);
            }
        });
        return visible;
    }

    static Viewer viewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person) {
            return new Viewer(true, person.displayName(), person.email(), person);
        }
        return new Viewer(false, null, null, null);
    }

    /** This page in each language, keeping its query (filters survive a language switch). */
    private static Map<String, String> languageLinks(HttpServletRequest request, List<String> tags) {
        Map<String, String> links = new java.util.LinkedHashMap<>();
        for (String tag : tags) {
            links.put(tag, org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam("lang", tag).build().toUriString().replaceFirst("^[a-z]+://[^/]+", ""));
        }
        return links;
    }
}
