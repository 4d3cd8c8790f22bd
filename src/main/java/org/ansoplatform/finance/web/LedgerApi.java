package org.ansoplatform.finance.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.ansoplatform.finance.FinanceSettings;
import org.ansoplatform.finance.ledger.ExchangeRate;
import org.ansoplatform.finance.ledger.ExchangeRates;
import org.ansoplatform.finance.ledger.LedgerFilter;
import org.ansoplatform.finance.ledger.LedgerImport;
import org.ansoplatform.finance.ledger.LedgerLine;
import org.ansoplatform.finance.ledger.LedgerQueries;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The ledger as JSON for finance's readers; imports and rates for finance staff (problems as RFC 9457 answers). */
@RestController
@Tag(name = "Finance: ledger", description = "The ledger of actual income and spending, its imports and the exchange rates")
class LedgerApi {

    static final String LEDGER = "/api/v1/finance/ledger";
    static final String RATES = "/api/v1/finance/rates";

    /** The ledger page's lines with the filtered total in the base currency. */
    record LedgerPage(List<LedgerLine> items, int page, int size, long total, BigDecimal totalBaseAmount,
            String baseCurrency) {
    }

    record RateInput(String currency, LocalDate date, BigDecimal rate) {
    }

    private final LedgerQueries queries;
    private final LedgerImport importer;
    private final ExchangeRates rates;
    private final FinanceSettings settings;

    LedgerApi(LedgerQueries queries, LedgerImport importer, ExchangeRates rates, FinanceSettings settings) {
        this.queries = queries;
        this.importer = importer;
        this.rates = rates;
        this.settings = settings;
    }

    @Operation(operationId = "listLedgerLines")
    @GetMapping(LEDGER)
    LedgerPage lines(@RequestParam(required = false) Integer year, @RequestParam(required = false) String programme,
            @RequestParam(required = false) String fund, @RequestParam(required = false) String project,
            @RequestParam(name = "import", required = false) UUID importId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        LedgerFilter filter = new LedgerFilter(year, TextInput.trim(programme), TextInput.trim(fund), TextInput.trim(project), importId);
        PageResult<LedgerLine> result = queries.lines(filter, PageRequest.of(page, size));
        return new LedgerPage(result.items(), result.page(), result.size(), result.total(), queries.total(filter),
                settings.baseCurrency());
    }

    @Operation(operationId = "importLedger")
    @PostMapping(path = LEDGER + "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('FINANCE')")
    ResponseEntity<Map<String, Object>> importUpload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) Boolean illustrative) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "finance.ledger.import.empty");
        }
        try (InputStream content = file.getInputStream()) {
            return created(importer.importFile(file.getOriginalFilename(), content, Boolean.TRUE.equals(illustrative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as the request's body ({@code text/csv}); its name, if any, in {@code name}. */
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "importLedger")
    @PostMapping(path = LEDGER + "/imports", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @PreAuthorize("hasRole('FINANCE')")
    ResponseEntity<Map<String, Object>> importBody(HttpServletRequest request, @RequestParam(required = false) String name,
            @RequestParam(required = false) Boolean illustrative) {
        try (InputStream content = request.getInputStream()) {
            return created(importer.importFile(name, content, Boolean.TRUE.equals(illustrative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<Map<String, Object>> created(LedgerImport.Imported imported) {
        return ResponseEntity.created(URI.create(LedgerWeb.LEDGER + "?import=" + imported.id()))
                .body(Map.of("id", imported.id(), "lineCount", imported.lineCount()));
    }

    @Operation(operationId = "listExchangeRates")
    @GetMapping(RATES)
    PageResult<ExchangeRate> rates(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return rates.list(PageRequest.of(page, size));
    }

    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "enterExchangeRate")
    @PostMapping(RATES)
    @PreAuthorize("hasRole('FINANCE')")
    ResponseEntity<Map<String, Object>> enter(@RequestBody RateInput input) {
        String currency = rates.enter(input.currency(), input.date(), input.rate());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("currency", currency, "date", input.date().toString(), "rate", input.rate()));
    }
}
