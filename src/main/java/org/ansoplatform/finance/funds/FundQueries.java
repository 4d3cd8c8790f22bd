package org.ansoplatform.finance.funds;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Funds with their balances (from {@link FundBalances}, never a second sum) and their movements. */
@Service
@Transactional(readOnly = true)
public class FundQueries {

    private final FundStore store;
    private final FundBalances balances;

    FundQueries(FundStore store, FundBalances balances) {
        this.store = store;
        this.balances = balances;
    }

    public List<FundView> all() {
        Map<String, FundBalances.Balance> byCode = balances.all().stream()
                .collect(Collectors.toMap(FundBalances.Balance::code, Function.identity()));
        return store.funds().stream().map(f -> view(f, byCode.get(f.code()))).toList();
    }

    public Optional<FundView> fund(String code) {
        return code == null ? Optional.empty() : store.fund(code).map(f -> view(f, balances.of(code).orElse(null)));
    }

    public List<FundView.Movement> movements(String code) {
        return store.movements(code);
    }

    private static FundView view(FundStore.Row f, FundBalances.Balance balance) {
        return new FundView(f.code(), f.name(), f.description(), f.kind(), f.currency(), f.programmeCode(), f.illustrative(),
                balance);
    }
}
