/**
 * Demo data of finance, illustrative and marked so: the STIC Endowment the Annual Report 2021 names (RMB 50 million
 * of initial capital), budget plans for 2021 and 2022 put before the Board, and a 2021 ledger imported from
 * {@code demo/finance/ledger-2021.csv} through the ledger's own import. The seeds show the charts without numbers.
 */
package org.ansoplatform.finance.demo;
