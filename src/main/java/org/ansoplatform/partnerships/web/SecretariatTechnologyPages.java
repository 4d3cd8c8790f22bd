package org.ansoplatform.partnerships.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.IntroductionManagement;
import org.ansoplatform.partnerships.IntroductionStatus;
import org.ansoplatform.partnerships.RepresentativeStatus;
import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.partnerships.TechnologyRepresentativeManagement;
import org.ansoplatform.partnerships.TechnologyStatus;
import org.ansoplatform.partnerships.TechnologyView;
import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's desk for the platform: the review queue, representatives to confirm, interests to mediate,
 * introductions and their outcomes, and the statistics. Reviewing happens on the item's own page, which shows the
 * Secretariat everything and posts here.
 */
@Controller
class SecretariatTechnologyPages {

    /** A person who asked to represent an organization, named for the Secretariat. */
    public record Asking(UUID id, String person, String email, String organization, String position, String phone,
            RepresentativeStatus status) {
    }

    private final TechnologyQueries queries;
    private final TechnologyOfferManagement offers;
    private final TechnologyRepresentativeManagement representatives;
    private final IntroductionManagement introductions;
    private final IntroductionCards cards;
    private final TechnologyPages pages;
    private final OrganizationQueries organizations;
    private final AccountQueries accounts;
    private final CurrentActor currentActor;
    private final IntroductionRefusal refusals;

    SecretariatTechnologyPages(TechnologyQueries queries, TechnologyOfferManagement offers,
            TechnologyRepresentativeManagement representatives, IntroductionManagement introductions, IntroductionCards cards,
            TechnologyPages pages, OrganizationQueries organizations, AccountQueries accounts, CurrentActor currentActor, IntroductionRefusal refusals) {
        this.refusals = refusals;
        this.queries = queries;
        this.offers = offers;
        this.representatives = representatives;
        this.introductions = introductions;
        this.cards = cards;
        this.pages = pages;
        this.organizations = organizations;
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    @GetMapping(TechnologyWeb.SECRETARIAT)
    String desk(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        Reader reader = currentActor.reader();
        model.addAttribute("queue", queries.withStatus(TechnologyStatus.SUBMITTED).stream()
                .map(t -> pages.card(t, reader, locale)).toList());
        model.addAttribute("asking", asking(RepresentativeStatus.REQUESTED));
        model.addAttribute("confirmed", asking(RepresentativeStatus.CONFIRMED));
        model.addAttribute("interests", cards.cards(queries.introductions(EnumSet.of(IntroductionStatus.EXPRESSED)), reader, locale));
        org.ansoplatform.shared.PageResult<org.ansoplatform.partnerships.IntroductionView> introductions = queries.introductions(
                EnumSet.complementOf(EnumSet.of(IntroductionStatus.EXPRESSED)), org.ansoplatform.shared.PageRequest.of(page, 20));
        model.addAttribute("introductions", new org.ansoplatform.shared.PageResult<>(cards.cards(introductions.items(), reader,
                locale), introductions.page(), introductions.size(), introductions.total()));
        model.addAttribute("offerCounts", queries.technologyCounts(TechnologyKind.OFFER));
        model.addAttribute("requestCounts", queries.technologyCounts(TechnologyKind.REQUEST));
        model.addAttribute("introductionCounts", queries.introductionCounts());
        model.addAttribute("technologyStatuses", TechnologyStatus.values());
        model.addAttribute("introductionStatuses", IntroductionStatus.values());
        return "partnerships/technology/secretariat";
    }

    @PostMapping(TechnologyWeb.SECRETARIAT + "/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        TechnologyView item = existing(id);
        Flash.outcome(redirect, () -> offers.publish(id), "technology.flash.published");
        return "redirect:" + TechnologyWeb.item(item.kind(), id);
    }

    @PostMapping(TechnologyWeb.SECRETARIAT + "/{id}/send-back")
    String sendBack(@PathVariable UUID id, TechnologyForms.ReasonForm form, RedirectAttributes redirect, java.util.Locale locale,
            Model model, jakarta.servlet.http.HttpServletResponse response) {
        TechnologyView item = existing(id);
        try {
            offers.sendBack(id, form.reason());
        } catch (org.ansoplatform.platform.InvalidInputException refusal) {
            return pages.refused(item, TechnologyPages.Refusal.of("sendBack", refusal), locale, model, response);
        }
        redirect.addFlashAttribute("flashSuccess", "technology.flash.sentBack");
        return "redirect:" + TechnologyWeb.item(item.kind(), id);
    }

    @PostMapping(TechnologyWeb.SECRETARIAT + "/{id}/archive")
    String archive(@PathVariable UUID id, TechnologyForms.ReasonForm form, RedirectAttributes redirect) {
        TechnologyView item = existing(id);
        Flash.outcome(redirect, () -> offers.archive(id, form.reason(), true), "technology.flash.archived");
        return "redirect:" + TechnologyWeb.item(item.kind(), id);
    }

    @PostMapping(TechnologyWeb.SECRETARIAT + "/representatives/{id}/confirm")
    String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> representatives.confirm(id), "technology.flash.confirmed");
        return "redirect:" + TechnologyWeb.SECRETARIAT;
    }

    @PostMapping(TechnologyWeb.SECRETARIAT + "/representatives/{id}/refuse")
    String refuseRepresentative(@PathVariable UUID id, TechnologyForms.ReasonForm form, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> representatives.refuse(id, form.reason()), "technology.flash.refused");
        return "redirect:" + TechnologyWeb.SECRETARIAT;
    }

    @PostMapping(TechnologyWeb.SECRETARIAT + "/representatives/{id}/end")
    String end(@PathVariable UUID id, TechnologyForms.ReasonForm form, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> representatives.end(id, form.reason()), "technology.flash.ended");
        return "redirect:" + TechnologyWeb.SECRETARIAT;
    }

    @GetMapping(TechnologyWeb.SECRETARIAT + "/introductions/{id}")
    String introduction(@PathVariable UUID id, Model model, Locale locale) {
        model.addAttribute("card", cards.card(id, currentActor.reader(), locale)
                .orElseThrow(() -> new NotFoundException("introduction")));
        model.addAttribute("steps", queries.introductionSteps(id));
        model.addAttribute("secretariatView", true);
        model.addAttribute("action", TechnologyWeb.SECRETARIAT + "/introductions/" + id);
        model.addAttribute("dealKinds", List.of(AgreementKind.LICENCE, AgreementKind.COOPERATION_AGREEMENT));
        return "partnerships/technology/introduction";
    }

    @PostMapping(TechnologyWeb.SECRETARIAT + "/introductions/{id}/forward")
    String forward(@PathVariable UUID id, TechnologyForms.ReasonForm form, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> introductions.forward(id, form.reason()), "technology.flash.forwarded");
        return "redirect:" + TechnologyWeb.SECRETARIAT + "/introductions/" + id;
    }

    @PostMapping(TechnologyWeb.SECRETARIAT + "/introductions/{id}/decline")
    String decline(@PathVariable UUID id, TechnologyForms.ReasonForm form, RedirectAttributes redirect, Model model,
            Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        return refusals.step("decline", () -> introductions.decline(id, form.reason()), "technology.flash.declined",
                TechnologyWeb.SECRETARIAT + "/introductions/" + id, () -> introduction(id, model, locale), model, locale, response,
                redirect);
    }

    @PostMapping(TechnologyWeb.SECRETARIAT + "/introductions/{id}/outcome")
    String outcome(@PathVariable UUID id, TechnologyForms.OutcomeForm form, org.springframework.validation.BindingResult ignored,
            RedirectAttributes redirect, Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        return refusals.step("outcome", () -> introductions.recordOutcome(id, form.outcome(), form.kind(), form.note(), true),
                "technology.flash.outcome", TechnologyWeb.SECRETARIAT + "/introductions/" + id,
                () -> introduction(id, model, locale), model, locale, response, redirect);
    }


    private List<Asking> asking(RepresentativeStatus status) {
        return queries.representatives(status).stream().map(r -> {
            var contact = accounts.contact(r.personId());
            return new Asking(r.id(), contact.map(c -> c.displayName()).orElse("?"), contact.map(c -> c.email()).orElse(""),
                    organizations.byId(r.organizationId()).map(o -> o.name()).orElse("?"), r.position(), r.phone(), r.status());
        }).toList();
    }

    private TechnologyView existing(UUID id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("technology"));
    }
}
