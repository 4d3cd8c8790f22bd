package org.ansoplatform;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Checks a PDF against the archival profile it claims, with veraPDF, the PDF Association's reference validator. */
public final class PdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    /**
     * The failed rules of the flavour the PDF claims (its XMP metadata), as "clause: message", and what a screen
     * reader needs of it (PDF/UA: tagged with a structure tree, its language, a title shown as such, a
     * description); empty if it conforms.
     */
    public static List<String> failures(byte[] pdf) {
        List<String> failures = new java.util.ArrayList<>(archival(pdf));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            if (catalog.getMarkInfo() == null || !catalog.getMarkInfo().isMarked() || catalog.getStructureTreeRoot() == null) {
                failures.add("PDF/UA: not tagged");
            }
            if (catalog.getLanguage() == null || catalog.getLanguage().isBlank()) {
                failures.add("PDF/UA: no document language");
            }
            var info = document.getDocumentInformation();
            if (info.getTitle() == null || info.getTitle().isBlank() || catalog.getViewerPreferences() == null
                    || !catalog.getViewerPreferences().displayDocTitle()) {
                failures.add("PDF/UA: no title shown as the document's title");
            }
            if (info.getSubject() == null || info.getSubject().isBlank()) {
                failures.add("PDF/UA: no description");
            }
        } catch (java.io.IOException e) {
            failures.add("not readable by PDFBox: " + e);
        }
        return failures;
    }

    private static List<String> archival(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            PDFAFlavour claimed = parser.getFlavour();
            if (claimed == PDFAFlavour.NO_FLAVOUR) {
                return List.of("no PDF/A claim in the metadata");
            }
            PDFAValidator validator = Foundries.defaultInstance().createValidator(claimed, false);
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + ": " + a.getMessage()).distinct().toList();
        } catch (Exception e) {
            return List.of("not readable by veraPDF: " + e);
        }
    }
}
