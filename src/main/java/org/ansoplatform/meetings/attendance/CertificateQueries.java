package org.ansoplatform.meetings.attendance;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.meetings.RegistrationView;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.PdfRenderer;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Certificates of attendance: the public verification of a code, and the certificate as PDF. */
@Service
@Transactional(readOnly = true)
public class CertificateQueries {

    /** What the public verification page shows for a code. */
    public record Certificate(String code, String name, String country, UUID meetingId, LocalizedText title,
            MeetingKind kind, LocalDate startDate, LocalDate endDate, String organizers, org.ansoplatform.meetings.MeetingMode mode,
            String city, String meetingCountry) {

        /** Where it was held, as a certificate says it: the city and country, or online. */
        public String place(Locale locale) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            if (city != null && !city.isBlank()) {
                parts.add(city.strip());
            }
            if (meetingCountry != null && org.ansoplatform.shared.CountryCode.isValid(meetingCountry.strip())) {
                parts.add(new org.ansoplatform.shared.CountryCode(meetingCountry.strip()).displayName(locale));
            }
            return String.join(", ", parts);
        }

        /** The meeting's title in the reader's language when it was given in it. */
        public String meetingTitle(Locale locale) {
            return title.in(locale);
        }

        public boolean singleDay() {
            return startDate.equals(endDate);
        }

        public String dates(Locale locale) {
            return org.ansoplatform.meetings.MeetingDates.range(startDate, endDate, locale);
        }
    }

    private final JdbcClient jdbc;
    private final PdfRenderer pdf;

    CertificateQueries(JdbcClient jdbc, PdfRenderer pdf) {
        this.jdbc = jdbc;
        this.pdf = pdf;
    }

    /** The certificate with this code, for the public verification page. */
    public Optional<Certificate> verify(String code) {
        String normalized = org.ansoplatform.platform.VerificationCodes.normalize(code);
        if (normalized == null || normalized.isEmpty() || normalized.length() > 30) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select r.certificate_code, r.name, r.country, m.id, cast(m.title as text) as title, m.kind, m.start_date, m.end_date,
                       m.mode, m.city, m.country as meeting_country,
                       (select string_agg(o.name, '; ' order by o.position) from meetings.organizer o where o.meeting_id = m.id) organizers
                from meetings.registration r join meetings.meeting m on m.id = r.meeting_id
                where r.certificate_code = :code and r.attended""")
                .param("code", normalized)
                .query((rs, row) -> new Certificate(rs.getString("certificate_code"), rs.getString("name"),
                        rs.getString("country").strip(), Rows.uuid(rs, "id"),
                        org.ansoplatform.meetings.MeetingJson.text(rs.getString("title")), Rows.enumValue(rs, "kind", MeetingKind.class),
                        Rows.date(rs, "start_date"), Rows.date(rs, "end_date"), rs.getString("organizers"),
                        Rows.enumValue(rs, "mode", org.ansoplatform.meetings.MeetingMode.class), rs.getString("city"),
                        rs.getString("meeting_country")))
                .optional();
    }

    /**
     * The certificate of attendance as PDF, for a registration that has one, in the language asked (the meeting's
     * title in it when given); the PDF's fonts cover every script (decision 84).
     */
    public byte[] certificatePdf(RegistrationView registration, String verifyUrl, Locale locale) {
        Certificate certificate = verify(registration.certificateCode())
                .orElseThrow(() -> new NotFoundException("certificate"));
        return pdf.render("meetings/certificate", Map.of("certificate", certificate, "verifyUrl", verifyUrl), locale);
    }
}
