package org.ansoplatform.finance.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.MovementKind;
import org.ansoplatform.finance.funds.FundBalances;
import org.ansoplatform.finance.funds.FundManagement;
import org.ansoplatform.finance.funds.FundQueries;
import org.ansoplatform.finance.funds.FundView;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Funds as JSON: their balances (an endowment's available money is its unspent income) and what came into them. */
@RestController
@Tag(name = "Finance: funds", description = "Restricted and unrestricted funds and the endowment, in the base currency")
public class FundApi {

    static final String PATH = "/api/v1/finance/funds";

    public record Fund(String code, Map<String, String> name, Map<String, String> description, FundKind kind, String currency,
            String programmeCode, boolean illustrative, BigDecimal principal, BigDecimal income, BigDecimal spent,
            BigDecimal available) {

        static Fund of(FundView f) {
            FundBalances.Balance b = f.balance();
            return new Fund(f.code(), f.name().values(), f.description().values(), f.kind(), f.currency(), f.programmeCode(),
                    f.illustrative(), b.principal(), b.income(), b.spent(), b.available());
        }
    }

    public record FundDetail(Fund fund, List<FundView.Movement> movements) {
    }

    public record FundRequest(String code, Map<String, String> name, FundKind kind, String programmeCode,
            Map<String, String> description) {
    }

    public record MovementRequest(MovementKind kind, BigDecimal amount, LocalDate date, String note) {
    }

    private final FundManagement management;
    private final FundQueries queries;

    FundApi(FundManagement management, FundQueries queries) {
        this.management = management;
        this.queries = queries;
    }

    @GetMapping(PATH)
    @Operation(operationId = "listFunds", summary = "Every fund with its principal, income, spending and what it may still pay")
    List<Fund> all() {
        return queries.all().stream().map(Fund::of).toList();
    }

    @GetMapping(PATH + "/{code}")
    @Operation(operationId = "getFund", summary = "One fund with the money received into it, latest first")
    FundDetail one(@PathVariable String code) {
        return new FundDetail(Fund.of(existing(code)), queries.movements(code));
    }

    @PostMapping(PATH)
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "createFund", summary = "Creates a fund; only a RESTRICTED one names the programme it pays for")
    ResponseEntity<Fund> create(@RequestBody FundRequest request) {
        management.create(request.code(), LocalizedText.of(request.name()), request.kind(), request.programmeCode(),
                LocalizedText.of(request.description()));
        String code = request.code().strip();
        return ResponseEntity.created(URI.create(PATH + "/" + code)).body(Fund.of(existing(code)));
    }

    @PostMapping(PATH + "/{code}/movements")
    @ApiResponse(responseCode = "201", description = "The movement is recorded; the fund with its movements")
    @Operation(operationId = "recordFundMovement", summary = "Records principal or income received: positive, in the base currency, not in the future")
    ResponseEntity<FundDetail> record(@PathVariable String code, @RequestBody MovementRequest request) {
        existing(code);
        management.record(code, request.kind(), request.amount(), request.date(), request.note());
        return ResponseEntity.status(201).body(new FundDetail(Fund.of(existing(code)), queries.movements(code)));
    }

    private FundView existing(String code) {
        return queries.fund(code).orElseThrow(() -> new NotFoundException("fund"));
    }
}
