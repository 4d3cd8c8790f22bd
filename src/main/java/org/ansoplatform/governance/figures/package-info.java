/**
 * Governance's yearly figures (sessions, decisions, applications endorsed and approved, associations) and its
 * records as links for any module ({@code GovernanceFigures}, {@code GovernanceRecords}).
 */
package org.ansoplatform.governance.figures;
