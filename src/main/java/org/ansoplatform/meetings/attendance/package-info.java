/**
 * Who attended: the check-in list and online attendance from a CSV ({@code AttendanceManagement}), and certificates
 * with their public verification and PDF ({@code CertificateQueries}, codes from {@code CertificateCodes}).
 */
package org.ansoplatform.meetings.attendance;
