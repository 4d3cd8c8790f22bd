package org.ansoplatform.partnerships.web;

import java.util.List;

import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.agreements.AgreementPaths;
import org.ansoplatform.partnerships.agreements.PartnerDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The public partners page: partners by kind of agreement and by country, with what is public of their agreements. */
@Controller
class PartnersPage {

    record Filter(AgreementKind kind, String country) {
    }

    private final PartnerDirectory directory;

    PartnersPage(PartnerDirectory directory) {
        this.directory = directory;
    }

    record Country(String code, String name) {
    }

    @GetMapping(AgreementPaths.PARTNERS)
    String partners(@ModelAttribute("filter") Filter filter, BindingResult ignored, Model model, java.util.Locale locale) {
        Filter f = ignored.hasErrors() ? new Filter(null, null) : filter;
        // every partner of the kind once: the list offers their countries, the page shows those of the chosen one
        List<PartnerDirectory.Partner> ofKind = directory.partners(f.kind(), null);
        model.addAttribute("filter", f);
        model.addAttribute("partners", ofKind.stream()
                .filter(p -> f.country() == null || f.country().equalsIgnoreCase(String.valueOf(p.country()))).toList());
        model.addAttribute("kinds", List.of(AgreementKind.values()));
        model.addAttribute("countries", ofKind.stream().filter(p -> p.country() != null)
                .map(p -> new Country(p.country(), p.countryName(locale))).distinct()
                .sorted(java.util.Comparator.comparing(Country::name)).toList());
        return "partnerships/partners";
    }
}
