package org.ansoplatform.finance.funds;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.ansoplatform.finance.FundKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a fund holds and may still pay, in the base currency (funds are kept in it): the ledger import asks it before
 * charging a line to a fund, the funds' pages show it. An endowment pays from its income only, never its principal.
 */
@Service
@Transactional(readOnly = true)
public class FundBalances {

    /**
     * @param principal capital received (an endowment's is never spent)
     * @param income    earnings and gifts received to spend
     * @param spent     ledger lines charged to the fund, reversals included
     */
    public record Balance(String code, FundKind kind, String programmeCode, BigDecimal principal, BigDecimal income,
            BigDecimal spent) {

        /** What the fund may still pay: an endowment its unspent income, any other fund all it received less its spending. */
        public BigDecimal available() {
            return (kind == FundKind.ENDOWMENT ? income : principal.add(income)).subtract(spent);
        }
    }

    private final FundBalanceStore store;

    FundBalances(FundBalanceStore store) {
        this.store = store;
    }

    public Optional<Balance> of(String code) {
        return code == null ? Optional.empty() : store.balances(code).stream().findFirst();
    }

    public List<Balance> all() {
        return store.balances(null);
    }

    /** Locks the fund's row until the transaction ends, so that two imports cannot both spend the same income. */
    @Transactional
    public Optional<Balance> lock(String code) {
        return store.lock(code) ? of(code) : Optional.empty();
    }
}
