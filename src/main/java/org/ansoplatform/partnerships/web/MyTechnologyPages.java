package org.ansoplatform.partnerships.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.partnerships.CooperationModel;
import org.ansoplatform.partnerships.IntroductionManagement;
import org.ansoplatform.partnerships.IpStatus;
import org.ansoplatform.partnerships.TechnologyAccess;
import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.partnerships.TechnologyRepresentativeManagement;
import org.ansoplatform.partnerships.TechnologySector;
import org.ansoplatform.partnerships.TechnologyView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person's side of the platform: whom they represent (and asking to), their organizations' offers and
 * requests from draft to renewal, and their introductions. What they may do is decided by the services, which refuse
 * anyone who is not a confirmed representative of the organization concerned.
 */
@Controller
class MyTechnologyPages {

    private final TechnologyQueries queries;
    private final TechnologyAccess access;
    private final TechnologyOfferManagement offers;
    private final TechnologyRepresentativeManagement representatives;
    private final IntroductionManagement introductions;
    private final IntroductionCards cards;
    private final TechnologyPages pages;
    private final OrganizationQueries organizations;
    private final CurrentActor currentActor;
    private final IntroductionRefusal refusals;
    private final org.ansoplatform.projects.PublicProjectQueries projects;
    private final java.time.Clock clock;

    MyTechnologyPages(org.ansoplatform.projects.PublicProjectQueries projects, TechnologyQueries queries,
            TechnologyAccess access, TechnologyOfferManagement offers, TechnologyRepresentativeManagement representatives, IntroductionManagement introductions, IntroductionCards cards,
            TechnologyPages pages, OrganizationQueries organizations, CurrentActor currentActor, java.time.Clock clock, IntroductionRefusal refusals) {
        this.refusals = refusals;
        this.clock = clock;
        this.projects = projects;
        this.queries = queries;
        this.access = access;
        this.offers = offers;
        this.representatives = representatives;
        this.introductions = introductions;
        this.cards = cards;
        this.pages = pages;
        this.organizations = organizations;
        this.currentActor = currentActor;
    }

    @GetMapping(TechnologyWeb.MINE)
    String mine(Model model, Locale locale) {
        Reader reader = currentActor.reader();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TechnologyForms.RepresentativeForm.blank());
        }
        List<UUID> mine = access.organizations(reader);
        model.addAttribute("representations", queries.representativesOf(reader.personId()));
        model.addAttribute("organizationNames", organizations.all().stream()
                .collect(java.util.stream.Collectors.toMap(o -> o.id(), o -> o.name(), (a, b) -> a)));
        model.addAttribute("directory", organizations.all().stream().sorted(Comparator.comparing(o -> o.name())).toList());
        model.addAttribute("mine", mine);
        List<TechnologyView> items = queries.ofOrganizations(mine);
        model.addAttribute("items", items.stream().map(t -> pages.card(t, reader, locale)).toList());
        model.addAttribute("matchCounts", items.stream().collect(java.util.stream.Collectors.toMap(TechnologyView::id,
                t -> pages.suggestions(t, reader, locale).size())));
        model.addAttribute("introductions", cards.cards(queries.introductionsOf(mine), reader, locale));
        // a month's warning before an item lapses, as EEN profiles give their owners
        model.addAttribute("soon", java.time.LocalDate.now(clock).plusDays(30));
        return "partnerships/technology/mine";
    }

    @PostMapping(TechnologyWeb.MINE + "/representatives")
    String represent(@ModelAttribute("form") TechnologyForms.RepresentativeForm form, BindingResult result, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return mine(model, locale);
        }
        try {
            representatives.request(form.organizationId(), form.position(), form.phone());
            redirect.addFlashAttribute("flashSuccess", "technology.flash.representativeRequested");
            return "redirect:" + TechnologyWeb.MINE;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return mine(model, locale);
        }
    }

    @GetMapping(TechnologyWeb.MINE + "/new")
    String create(@RequestParam(defaultValue = "OFFER") TechnologyKind kind, Model model) {
        if (!model.containsAttribute("form")) {
            List<UUID> mine = access.organizations(currentActor.reader());
            model.addAttribute("form", TechnologyForm.blank(kind, mine.isEmpty() ? null : mine.get(0)));
        }
        return form(model, null);
    }

    @PostMapping(TechnologyWeb.MINE + "/new")
    String create(@ModelAttribute("form") TechnologyForm form, BindingResult result, Model model, HttpServletResponse response) {
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return form(model, null);
        }
        try {
            UUID id = offers.draft(form.command());
            return "redirect:" + TechnologyWeb.item(form.kind(), id);
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return form(model, null);
        }
    }

    @GetMapping(TechnologyWeb.MINE + "/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        TechnologyView item = owned(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TechnologyForm.of(item));
        }
        return form(model, item);
    }

    @PostMapping(TechnologyWeb.MINE + "/{id}/edit")
    String edit(@PathVariable UUID id, @ModelAttribute("form") TechnologyForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        TechnologyView item = owned(id);
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return form(model, item);
        }
        try {
            offers.update(id, form.command());
            return "redirect:" + TechnologyWeb.item(item.kind(), id);
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return form(model, item);
        }
    }

    @PostMapping(TechnologyWeb.MINE + "/{id}/submit")
    String submit(@PathVariable UUID id, RedirectAttributes redirect) {
        TechnologyView item = owned(id);
        Flash.outcome(redirect, () -> offers.submit(id), "technology.flash.submitted");
        return "redirect:" + TechnologyWeb.item(item.kind(), id);
    }

    @PostMapping(TechnologyWeb.MINE + "/{id}/renew")
    String renew(@PathVariable UUID id, RedirectAttributes redirect) {
        TechnologyView item = owned(id);
        Flash.outcome(redirect, () -> offers.renew(id), "technology.flash.renewed");
        return "redirect:" + TechnologyWeb.item(item.kind(), id);
    }

    @PostMapping(TechnologyWeb.MINE + "/{id}/archive")
    String archive(@PathVariable UUID id, TechnologyForms.ReasonForm form, RedirectAttributes redirect, Locale locale, Model model,
            HttpServletResponse response) {
        TechnologyView item = owned(id);
        try {
            offers.archive(id, form.reason(), false);
        } catch (InvalidInputException refusal) {
            return pages.refused(item, TechnologyPages.Refusal.of("archive", refusal), locale, model, response);
        }
        redirect.addFlashAttribute("flashSuccess", "technology.flash.archived");
        return "redirect:" + TechnologyWeb.item(item.kind(), id);
    }

    @PostMapping(TechnologyWeb.MINE + "/{id}/files")
    String attach(@PathVariable UUID id, @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            @RequestParam(defaultValue = "false") boolean image, RedirectAttributes redirect) {
        TechnologyView item = owned(id);
        if (file == null || file.isEmpty()) {
            Flash.refused(redirect, new InvalidInputException("file", "validation.required"));
        } else {
            Flash.outcome(redirect, () -> {
                try (java.io.InputStream content = file.getInputStream()) {
                    offers.attach(id, file.getOriginalFilename(), content, image);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, "technology.flash.fileAdded");
        }
        return "redirect:" + TechnologyWeb.item(item.kind(), id);
    }

    @PostMapping(TechnologyWeb.MINE + "/interests")
    String express(TechnologyForms.InterestForm form, BindingResult ignored, RedirectAttributes redirect, Locale locale,
            Model model, HttpServletResponse response) {
        TechnologyView item = form.technologyId() == null ? null : queries.byId(form.technologyId())
                .filter(t -> access.mayRead(t, currentActor.reader())).orElse(null);
        if (item == null) {
            throw new NotFoundException("technology");
        }
        try {
            introductions.express(item.id(), form.organizationId(), form.message());
        } catch (InvalidInputException refusal) {
            return pages.refused(item, TechnologyPages.Refusal.of("interest", refusal), locale, model, response);
        }
        redirect.addFlashAttribute("flashSuccess", "technology.flash.interestExpressed");
        return "redirect:" + TechnologyWeb.item(item.kind(), item.id());
    }

    @GetMapping(TechnologyWeb.MINE + "/introductions/{id}")
    String introduction(@PathVariable UUID id, Model model, Locale locale) {
        IntroductionCards.Card card = party(id, locale);
        model.addAttribute("card", card);
        model.addAttribute("steps", queries.introductionSteps(id));
        model.addAttribute("secretariatView", false);
        model.addAttribute("dealKinds", List.of(org.ansoplatform.partnerships.AgreementKind.LICENCE,
                org.ansoplatform.partnerships.AgreementKind.COOPERATION_AGREEMENT));
        model.addAttribute("action", TechnologyWeb.MINE + "/introductions/" + id);
        return "partnerships/technology/introduction";
    }

    @PostMapping(TechnologyWeb.MINE + "/introductions/{id}/accept")
    String accept(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        party(id, locale);
        Flash.outcome(redirect, () -> introductions.accept(id), "technology.flash.accepted");
        return "redirect:" + TechnologyWeb.MINE + "/introductions/" + id;
    }

    @PostMapping(TechnologyWeb.MINE + "/introductions/{id}/refuse")
    String refuse(@PathVariable UUID id, TechnologyForms.ReasonForm form, Locale locale, RedirectAttributes redirect, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        party(id, locale);
        return refusals.step("refuse", () -> introductions.refuse(id, form.reason()), "technology.flash.refused",
                TechnologyWeb.MINE + "/introductions/" + id, () -> introduction(id, model, locale), model, locale, response, redirect);
    }

    @PostMapping(TechnologyWeb.MINE + "/introductions/{id}/outcome")
    String outcome(@PathVariable UUID id, TechnologyForms.OutcomeForm form, BindingResult ignored, Locale locale,
            RedirectAttributes redirect, Model model, jakarta.servlet.http.HttpServletResponse response) {
        party(id, locale);
        return refusals.step("outcome", () -> introductions.recordOutcome(id, form.outcome(), form.kind(), form.note(), false),
                "technology.flash.outcome", TechnologyWeb.MINE + "/introductions/" + id, () -> introduction(id, model, locale),
                model, locale, response, redirect);
    }

    private IntroductionCards.Card party(UUID id, Locale locale) {
        Reader reader = currentActor.reader();
        return cards.card(id, reader, locale).filter(c -> c.ownerSide() || c.interestedSide())
                .orElseThrow(() -> new NotFoundException("introduction"));
    }

    private TechnologyView owned(UUID id) {
        return queries.byId(id).filter(t -> access.owns(t, currentActor.reader()))
                .orElseThrow(() -> new NotFoundException("technology"));
    }

    private String form(Model model, TechnologyView item) {
        Reader reader = currentActor.reader();
        model.addAttribute("item", item);
        model.addAttribute("organizations", access.organizations(reader).stream().map(organizations::byId)
                .flatMap(java.util.Optional::stream).toList());
        model.addAttribute("sectors", TechnologySector.values());
        model.addAttribute("ipStatuses", IpStatus.values());
        model.addAttribute("models", CooperationModel.values());
        model.addAttribute("levels", IntStream.rangeClosed(1, 9).boxed().toList());
        model.addAttribute("sdgs", IntStream.rangeClosed(1, 17).boxed().toList());
        // the projects this reader may see, as the public directory shows them to them
        model.addAttribute("projects", projects.search(org.ansoplatform.projects.PublicProjectQueries.Filter.none(), reader,
                org.ansoplatform.shared.PageRequest.of(0, org.ansoplatform.shared.PageRequest.MAX_SIZE)).items());
        return "partnerships/technology/form";
    }
}
