package org.ansoplatform.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.PdfRenderer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who attended: the on-site check-in list and online attendance imported from a CSV (a column {@code email});
 * a trainee who attended gets a certificate with a verification code.
 */
@Service
@Transactional
public class Attendance {

    /** What the public verification page shows for a code. */
    public record Certificate(String code, String name, String country, UUID meetingId, String meetingTitle,
            String meetingTitleZh, MeetingKind kind, LocalDate startDate, LocalDate endDate, String organizers) {

        public String meetingTitle(Locale locale) {
            return "zh".equals(locale.getLanguage()) && meetingTitleZh != null ? meetingTitleZh : meetingTitle;
        }

        public boolean singleDay() {
            return startDate.equals(endDate);
        }
    }

    private final JdbcClient jdbc;
    private final Registrations registrations;
    private final CurrentActor currentActor;
    private final PdfRenderer pdf;

    Attendance(JdbcClient jdbc, Registrations registrations, CurrentActor currentActor, PdfRenderer pdf) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.currentActor = currentActor;
        this.pdf = pdf;
    }

    /** Checks a confirmed participant in (or out again, which withdraws a certificate not yet meaningful). */
    public RegistrationView mark(UUID meetingId, UUID registrationId, boolean attended) {
        RegistrationView registration = registrations.byId(registrationId)
                .filter(r -> r.meetingId().equals(meetingId))
                .orElseThrow(() -> new NotFoundException("registration"));
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            throw new InvalidInputException(null, "meetings.error.notConfirmed");
        }
        record(registration, attended, "CHECK_IN");
        return registrations.byId(registrationId).orElseThrow();
    }

    /**
     * Marks as attended every confirmed participant named in the CSV (header {@code email}). Any unknown or
     * malformed line refuses the whole file, saying which line and column; nothing is recorded then.
     */
    public int importOnline(UUID meetingId, InputStream csv) {
        Map<String, RegistrationView> confirmed = new LinkedHashMap<>();
        for (RegistrationView r : registrations.ofMeeting(meetingId)) {
            if (r.status() == RegistrationStatus.CONFIRMED) {
                confirmed.put(r.email().toLowerCase(Locale.ROOT), r);
            }
        }
        List<Violation> violations = new ArrayList<>();
        List<RegistrationView> attended = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8); CSVParser rows = CSVParser.parse(reader, format)) {
            List<String> headers = rows.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            int column = headers.indexOf("email");
            if (column < 0) {
                throw new InvalidInputException("file", "meetings.error.csvMissingColumn", 1, "email");
            }
            for (CSVRecord row : rows) {
                long line = row.getRecordNumber() + 1;
                String email = column < row.size() ? row.get(column).strip().toLowerCase(Locale.ROOT) : "";
                RegistrationView registration = confirmed.get(email);
                if (registration == null) {
                    violations.add(new Violation("file", "meetings.error.csvCell", line, "email",
                            email.isEmpty() ? "-" : email));
                } else {
                    attended.add(registration);
                }
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new InvalidInputException("file", "meetings.error.csvUnreadable");
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.subList(0, Math.min(violations.size(), 20)));
        }
        attended.forEach(r -> record(r, true, "ONLINE"));
        return attended.size();
    }

    private void record(RegistrationView registration, boolean attended, String source) {
        Timestamp now = Timestamp.from(currentActor.get().at());
        String code = !attended ? null
                : registration.certificateCode() != null ? registration.certificateCode()
                : registration.role() == ParticipantRole.TRAINEE ? Secrets.certificateCode() : null;
        jdbc.sql("""
                update meetings.registration set attended = ?, attended_at = ?, attendance_source = ?, certificate_code = ?,
                    updated_at = ? where id = ?""")
                .params(attended, attended ? now : null, attended ? source : null, code, now, registration.id())
                .update();
    }

    /** The certificate with this code, for the public verification page. */
    @Transactional(readOnly = true)
    public Optional<Certificate> verify(String code) {
        String normalized = Secrets.normalizeCode(code);
        if (normalized == null || normalized.isEmpty() || normalized.length() > 30) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select r.certificate_code, r.name, r.country, m.id, m.title, m.title_zh, m.kind, m.start_date, m.end_date,
                       (select string_agg(o.name, '; ' order by o.position) from meetings.organizer o where o.meeting_id = m.id) organizers
                from meetings.registration r join meetings.meeting m on m.id = r.meeting_id
                where r.certificate_code = ? and r.attended""")
                .param(normalized)
                .query((rs, row) -> new Certificate(rs.getString(1), rs.getString(2), rs.getString(3).strip(),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), MeetingKind.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getString(10)))
                .optional();
    }

    /**
     * The certificate of attendance as PDF, for a registration that has one. Its labels are in English whatever
     * the language asked: the PDF renderer has no font with Chinese characters yet.
     */
    @Transactional(readOnly = true)
    public byte[] certificatePdf(RegistrationView registration, String verifyUrl, Locale locale) {
        Certificate certificate = verify(registration.certificateCode())
                .orElseThrow(() -> new NotFoundException("certificate"));
        return pdf.render("meetings/certificate", Map.of("certificate", certificate, "verifyUrl", verifyUrl),
                Locale.ENGLISH);
    }
}
