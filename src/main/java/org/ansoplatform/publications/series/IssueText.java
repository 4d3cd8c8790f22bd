package org.ansoplatform.publications.series;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The text of an issue's file for search (decision 187): a PDF's through Tika's PDF parser, a plain text file's as
 * it is, anything else none. Bounded to {@link #LIMIT} characters: the beginning of a long report is what its
 * readers search for; a file that cannot be read gives no text rather than refusing the upload, which the file
 * storage has already proved sound.
 */
@Component
public class IssueText {

    public static final int LIMIT = 200_000;
    private static final Logger log = LoggerFactory.getLogger(IssueText.class);

    public String extract(InputStream content, String mediaType) {
        try (InputStream in = content) {
            if ("text/plain".equals(mediaType)) {
                byte[] bytes = in.readNBytes(LIMIT * 4);
                String text = new String(bytes, StandardCharsets.UTF_8);
                return clean(text);
            }
            if (!"application/pdf".equals(mediaType)) {
                return "";
            }
            BodyContentHandler handler = new BodyContentHandler(LIMIT);
            try {
                new PDFParser().parse(in, handler, new Metadata(), new ParseContext());
            } catch (org.xml.sax.SAXException e) {
                // the limit was reached: what was read so far is kept
            }
            return clean(handler.toString());
        } catch (IOException | org.apache.tika.exception.TikaException | RuntimeException e) {
            log.warn("No text could be read from an issue's file ({}): {}", mediaType, e.toString());
            return "";
        }
    }

    private static String clean(String text) {
        String squeezed = text.replace('\u0000', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n").strip();
        return squeezed.length() > LIMIT ? squeezed.substring(0, LIMIT) : squeezed;
    }
}
