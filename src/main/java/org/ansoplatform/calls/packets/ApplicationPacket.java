package org.ansoplatform.calls.packets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.intake.ApplicantMessaging;
import org.ansoplatform.calls.intake.ReceiptLines;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.PdfRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * One application as a reader of the Secretariat wants it: a PDF with a cover (who, which call, the contents), the
 * answers as the receipt prints them, the screening, then every document and referee letter appended. A PDF is
 * appended as it is, a PNG or JPEG as an A4 page, a text as a page in the platform's fonts; anything else, and a PDF
 * that will not open or is encrypted, is listed as “beside this packet” and travels beside it in a zip. The packet is
 * plain PDF, not PDF/A: the applicants' PDFs appended to it are not archival (decision 332).
 */
@Service
public class ApplicationPacket {

    /** A file of the application that goes beside the packet, under this name. */
    public record Beside(String name, StoredFile file) {
    }

    /** The packet: its PDF and the files beside it (none: the PDF alone is the packet). */
    public record Packet(String reference, byte[] pdf, List<Beside> beside) {
    }

    /** One document or letter as the cover lists it. */
    public record Item(String label, String fileName, boolean appended) {
    }

    private final ApplicantMessaging applications;
    private final CallQueries calls;
    private final FileStorage files;
    private final PdfRenderer pdf;
    private final ImagePages pages;
    private final MessageSource messages;

    ApplicationPacket(ApplicantMessaging applications, CallQueries calls, FileStorage files, PdfRenderer pdf, ImagePages pages,
            MessageSource messages) {
        this.applications = applications;
        this.calls = calls;
        this.files = files;
        this.pdf = pdf;
        this.pages = pages;
        this.messages = messages;
    }

    public Packet build(UUID applicationId, Locale locale) {
        ApplicationView application = applications.application(applicationId)
                .orElseThrow(() -> new NotFoundException("application " + applicationId));
        CallView call = calls.any(application.callId());
        Map<String, String> labels = new LinkedHashMap<>();
        call.definition().form().documents().forEach(field -> labels.put(field.key(), field.label().in(locale)));
        List<Source> sources = new ArrayList<>();
        application.documents().forEach(document -> files.find(document.fileId()).ifPresent(file ->
                sources.add(new Source(labels.getOrDefault(document.type(), document.type()), document.fileName(), file))));
        application.referees().stream().filter(referee -> referee.letterFileId() != null).forEach(referee -> files.find(referee.letterFileId())
                .ifPresent(file -> sources.add(new Source(messages.getMessage("callmessaging.packet.letterOf", new Object[] {referee.name()}, locale),
                        file.originalName(), file))));

        List<PDDocument> opened = new ArrayList<>();
        try {
            List<Item> items = new ArrayList<>();
            List<Beside> beside = new ArrayList<>();
            List<PDDocument> appended = new ArrayList<>();
            for (Source source : sources) {
                PDDocument document = open(source, locale);
                if (document == null) {
                    beside.add(new Beside(String.format("%02d-%s", beside.size() + 1, safe(source.fileName())), source.file()));
                } else {
                    opened.add(document);
                    appended.add(document);
                }
                items.add(new Item(source.label(), source.fileName(), document != null));
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("app", application);
            model.put("callTitle", call.definition().title().in(locale));
            model.put("sections", ReceiptLines.of(call, application.answers(), locale, messages));
            model.put("failures", application.screening() == null ? List.of() : application.screening().failures().stream()
                    .map(failure -> messages.getMessage(failure.messageKey(),
                            failure.args() == null ? new Object[0] : failure.args().toArray(), failure.ruleId(), locale)).toList());
            model.put("screening", application.screening());
            model.put("items", items);
            model.put("referees", application.referees());
            PDDocument packet = Loader.loadPDF(pdf.render("calls/pdf/packet", model, locale), null, null, null,
                    IOUtils.createTempFileOnlyStreamCache());
            opened.add(packet);
            PDFMergerUtility merger = new PDFMergerUtility();
            for (PDDocument document : appended) {
                merger.appendDocument(packet, document);
            }
            // not PDF/A once others' PDFs are in it: the cover's claim (its XMP metadata and output intent) goes
            packet.getDocumentCatalog().setMetadata(null);
            packet.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            packet.save(out);
            return new Packet(application.reference() == null ? application.id().toString() : application.reference(), out.toByteArray(),
                    List.copyOf(beside));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (PDDocument document : opened) {
                try {
                    document.close();
                } catch (IOException ignored) {
                    // nothing to keep of a document already appended or abandoned
                }
            }
        }
    }

    private record Source(String label, String fileName, StoredFile file) {
    }

    /** The source as PDF pages to append, or null when it goes beside the packet. */
    private PDDocument open(Source source, Locale locale) throws IOException {
        String type = source.file().mediaType() == null ? "" : source.file().mediaType().toLowerCase(Locale.ROOT);
        if (type.equals("application/pdf")) {
            try (InputStream in = files.open(source.file())) {
                PDDocument document = Loader.loadPDF(in.readAllBytes(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
                if (document.isEncrypted() || document.getNumberOfPages() == 0) {
                    document.close();
                    return null;
                }
                return document;
            } catch (IOException unreadable) {
                return null;
            }
        }
        if (type.equals("image/png") || type.equals("image/jpeg")) {
            try (InputStream in = files.open(source.file())) {
                return pages.image(in.readAllBytes(), source.fileName());
            } catch (IOException | IllegalArgumentException unreadable) {
                return null;
            }
        }
        if (type.startsWith("text/plain")) {
            try (InputStream in = files.open(source.file())) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                byte[] rendered = pdf.render("calls/pdf/packet-text", Map.of("name", source.fileName(), "label", source.label(), "text", text), locale);
                return Loader.loadPDF(rendered, null, null, null, IOUtils.createTempFileOnlyStreamCache());
            }
        }
        return null;
    }

    /** A file name safe inside a zip: no folders, no control characters. */
    static String safe(String name) {
        String cleaned = name == null ? "file" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "file" + cleaned : cleaned;
    }

}
