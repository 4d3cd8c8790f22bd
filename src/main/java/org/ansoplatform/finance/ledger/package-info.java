/**
 * The ledger (issue 19): exchange rates finance staff enter, the all-or-nothing import of the accounting system's CSV
 * export into ledger lines, reversing lines as the only correction, the filtered list with its total, and the lines
 * as records for other modules.
 */
package org.ansoplatform.finance.ledger;
