package org.ansoplatform.finance;

/** What a fund's money may pay for: anything, one programme, or an endowment's income only. */
public enum FundKind {
    UNRESTRICTED, RESTRICTED, ENDOWMENT
}
