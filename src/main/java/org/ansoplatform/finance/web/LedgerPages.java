package org.ansoplatform.finance.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.calls.ProgrammeQueries;
import org.ansoplatform.finance.FinanceSettings;
import org.ansoplatform.finance.funds.FundBalances;
import org.ansoplatform.finance.ledger.LedgerFilter;
import org.ansoplatform.finance.ledger.LedgerImport;
import org.ansoplatform.finance.ledger.LedgerLine;
import org.ansoplatform.finance.ledger.LedgerManagement;
import org.ansoplatform.finance.ledger.LedgerQueries;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The ledger's pages: the filtered list with its total (the figures of budget against actual link here with the
 * same parameters), one line with its reversal form (finance staff only), and the upload of the accounting system's
 * CSV export.
 */
@Controller
class LedgerPages {

    private final LedgerQueries queries;
    private final LedgerManagement management;
    private final LedgerImport importer;
    private final LedgerTexts texts;
    private final ProgrammeQueries programmes;
    private final FundBalances funds;
    private final FinanceSettings settings;

    LedgerPages(LedgerQueries queries, LedgerManagement management, LedgerImport importer, LedgerTexts texts,
            ProgrammeQueries programmes, FundBalances funds, FinanceSettings settings) {
        this.queries = queries;
        this.management = management;
        this.importer = importer;
        this.texts = texts;
        this.programmes = programmes;
        this.funds = funds;
        this.settings = settings;
    }

    @GetMapping(LedgerWeb.LEDGER)
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String programme,
            @RequestParam(required = false) String fund, @RequestParam(required = false) String project,
            @RequestParam(name = "import", required = false) UUID importId, @RequestParam(required = false) Integer page,
            Model model, Locale locale, HttpServletRequest request) {
        LedgerFilter filter = new LedgerFilter(year, TextInput.trim(programme), TextInput.trim(fund), TextInput.trim(project), importId);
        PageResult<LedgerLine> result = queries.lines(filter, PageRequest.of(page, 50));
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("rows", texts.rows(result.items(), locale));
        model.addAttribute("total", texts.base(queries.total(filter), locale));
        model.addAttribute("programmes", programmes.all());
        model.addAttribute("funds", funds.all());
        model.addAttribute("baseCurrency", settings.baseCurrency());
        model.addAttribute("financeStaff", request.isUserInRole("FINANCE"));
        return "finance/ledger";
    }

    @GetMapping(LedgerWeb.LEDGER + "/{id}")
    String line(@PathVariable UUID id, Model model, Locale locale, HttpServletRequest request) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new LedgerReversalForm(null, null));
        }
        return show(id, model, locale, request);
    }

    @PostMapping(LedgerWeb.LEDGER + "/{id}/reverse")
    @PreAuthorize("hasRole('FINANCE')")
    String reverse(@PathVariable UUID id, @ModelAttribute("form") LedgerReversalForm form, BindingResult bound,
            Model model, Locale locale, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        BindingResult result = FormErrors.retarget(form, bound, model);
        if (result.hasErrors()) {
            FormErrors.refused(response);
            return show(id, model, locale, request);
        }
        try {
            UUID reversal = management.reverse(id, form.reason(), form.date());
            redirect.addFlashAttribute("flashSuccess", "finance.ledger.reverse.done");
            return "redirect:" + LedgerWeb.LEDGER + "/" + reversal;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return show(id, model, locale, request);
        }
    }

    private String show(UUID id, Model model, Locale locale, HttpServletRequest request) {
        LedgerLine line = queries.line(id).orElseThrow(() -> new NotFoundException("ledger line"));
        model.addAttribute("row", texts.rows(java.util.List.of(line), locale).get(0));
        model.addAttribute("canReverse", request.isUserInRole("FINANCE") && !line.reversed() && !line.reversing());
        return "finance/ledger-line";
    }

    @GetMapping(LedgerWeb.IMPORT)
    @PreAuthorize("hasRole('FINANCE')")
    String importForm(Model model) {
        model.addAttribute("upload", new LedgerUpload(null, false));
        return "finance/ledger-import";
    }

    @PostMapping(LedgerWeb.IMPORT)
    @PreAuthorize("hasRole('FINANCE')")
    String importCsv(@ModelAttribute("upload") LedgerUpload upload, BindingResult result, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (upload.empty()) {
            result.rejectValue("file", "finance.ledger.import.empty");
            FormErrors.refused(response);
            return "finance/ledger-import";
        }
        try (InputStream content = upload.file().getInputStream()) {
            LedgerImport.Imported imported = importer.importFile(upload.file().getOriginalFilename(), content,
                    Boolean.TRUE.equals(upload.illustrative()));
            redirect.addFlashAttribute("flashSuccess", "finance.ledger.import.done");
            redirect.addFlashAttribute("importedCount", imported.lineCount());
            return "redirect:" + LedgerWeb.LEDGER + "?import=" + imported.id();
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return "finance/ledger-import";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
