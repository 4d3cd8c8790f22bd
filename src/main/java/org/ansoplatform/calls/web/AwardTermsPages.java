package org.ansoplatform.calls.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.calls.AwardTerms;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.StipendPeriod;
import org.ansoplatform.calls.offers.AwardTermsManagement;
import org.ansoplatform.calls.offers.OfferLetterPrinter;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.shared.LocalizedText;
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
 * The Secretariat states what each track's award gives, as the offer letter prints it; anyone shown a letter
 * confirms it by the code at its foot.
 */
@Controller
class AwardTermsPages {

    /** Digits with an optional decimal point or comma (3000, 3000.50 or 3000,5); no grouping, which reads two ways. */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,9}([.,]\\d{1,2})?");

    private final AwardTermsManagement terms;
    private final CallQueries calls;
    private final OfferLetterPrinter letters;
    private final Languages languages;

    AwardTermsPages(AwardTermsManagement terms, CallQueries calls, OfferLetterPrinter letters, Languages languages) {
        this.terms = terms;
        this.calls = calls;
        this.letters = letters;
        this.languages = languages;
    }

    @GetMapping("/secretariat/calls/{id}/terms")
    String edit(@PathVariable UUID id, Model model, Locale locale) {
        return page(calls.any(id), AwardTermsForm.of(terms.of(id)), model, locale);
    }

    @PostMapping("/secretariat/calls/{id}/terms")
    String save(@PathVariable UUID id, @ModelAttribute("form") AwardTermsForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        CallView call = calls.any(id);
        BindingResult bound = FormErrors.retarget(form, result, model);
        List<AwardTerms> typed = read(form, bound);
        if (bound.hasErrors()) {
            FormErrors.refused(response);
            return page(call, form, model, locale);
        }
        try {
            terms.save(id, typed);
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, bound, response);
            return page(call, form, model, locale);
        }
        redirect.addFlashAttribute("flashSuccess", "calls.terms.saved");
        return "redirect:/secretariat/calls/" + id + "/terms";
    }

    @GetMapping("/offers/verify")
    String verify(@RequestParam(required = false) String code, Model model, Locale locale) {
        model.addAttribute("code", code);
        model.addAttribute("letter", code == null || code.isBlank() ? null : letters.verify(code, locale).orElse(null));
        return "calls/verify";
    }

    private String page(CallView call, AwardTermsForm form, Model model, Locale locale) {
        model.addAttribute("call", call);
        model.addAttribute("form", form);
        model.addAttribute("periods", StipendPeriod.values());
        Map<String, String> names = new LinkedHashMap<>();
        languages.tags().forEach(tag -> names.put(tag, Locale.forLanguageTag(tag).getDisplayLanguage(locale)));
        model.addAttribute("languages", names);
        Map<String, String> trackNames = new LinkedHashMap<>();
        call.definition().tracks().forEach(track -> trackNames.put(track.code(), track.name().in(locale)));
        model.addAttribute("trackNames", trackNames);
        return "calls/secretariat/terms";
    }

    /** What the rows say; a field that cannot be read is refused next to itself, the rest the service checks. */
    private List<AwardTerms> read(AwardTermsForm form, BindingResult result) {
        List<AwardTerms> typed = new ArrayList<>();
        for (int i = 0; i < form.terms().size(); i++) {
            AwardTermsForm.Row row = form.terms().get(i);
            if (row == null) {
                continue;
            }
            String prefix = "terms[" + i + "].";
            BigDecimal amount = null;
            String amountText = blankToNull(row.stipendAmount());
            if (amountText != null) {
                amountText = amountText.replaceAll("[\\s\\u00a0\\u202f]", "");
                if (AMOUNT.matcher(amountText).matches()) {
                    amount = new BigDecimal(amountText.replace(',', '.'));
                } else {
                    result.rejectValue(prefix + "stipendAmount", "calls.terms.amount");
                }
            }
            StipendPeriod period = null;
            String periodText = blankToNull(row.stipendPeriod());
            if (periodText != null) {
                try {
                    period = StipendPeriod.valueOf(periodText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    result.rejectValue(prefix + "stipendPeriod", "calls.terms.period");
                }
            }
            LocalDate startsOn = null;
            String startsText = blankToNull(row.startsOn());
            if (startsText != null) {
                try {
                    startsOn = LocalDate.parse(startsText);
                } catch (DateTimeParseException e) {
                    result.rejectValue(prefix + "startsOn", "calls.terms.date");
                }
            }
            String currency = blankToNull(row.stipendCurrency());
            Map<String, String> covers = new LinkedHashMap<>();
            row.covers().forEach((language, text) -> {
                if (languages.supports(language)) {
                    covers.put(language, text);
                }
            });
            typed.add(new AwardTerms(row.track(), amount, currency == null ? null : currency.toUpperCase(Locale.ROOT), period,
                    startsOn, new LocalizedText(covers)));
        }
        return typed;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
