package org.ansoplatform.finance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.finance.FinanceSettings;
import org.ansoplatform.finance.ledger.ExchangeRates;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rates of the day: the list for every reader of finance, the form for finance staff. */
@Controller
class LedgerRatePages {

    private final ExchangeRates rates;
    private final FinanceSettings settings;

    LedgerRatePages(ExchangeRates rates, FinanceSettings settings) {
        this.rates = rates;
        this.settings = settings;
    }

    @GetMapping(LedgerWeb.RATES)
    String list(@RequestParam(required = false) Integer page, Model model, HttpServletRequest request) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new LedgerRateForm(null, null, null));
        }
        model.addAttribute("result", rates.list(PageRequest.of(page, 50)));
        model.addAttribute("baseCurrency", settings.baseCurrency());
        model.addAttribute("financeStaff", request.isUserInRole("FINANCE"));
        return "finance/ledger-rates";
    }

    @PostMapping(LedgerWeb.RATES)
    @PreAuthorize("hasRole('FINANCE')")
    String enter(@ModelAttribute("form") LedgerRateForm form, BindingResult bound, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        BindingResult result = FormErrors.retarget(form, bound, model);
        if (result.hasErrors()) {
            // the values that could be read are checked too, so every refusal shows at once
            rates.check(form.currency(), form.date(), form.rate()).stream()
                    .filter(v -> !result.hasFieldErrors(v.field()))
                    .forEach(v -> result.rejectValue(v.field(), v.messageKey(), v.args(), null));
            FormErrors.refused(response);
            return list(null, model, request);
        }
        try {
            rates.enter(form.currency(), form.date(), form.rate());
            redirect.addFlashAttribute("flashSuccess", "finance.ledger.rate.saved");
            return "redirect:" + LedgerWeb.RATES;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return list(null, model, request);
        }
    }
}
