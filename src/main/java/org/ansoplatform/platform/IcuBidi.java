package org.ansoplatform.platform;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text in generated PDFs (decision 84): ICU's Unicode bidirectional algorithm splits a paragraph
 * into runs of one direction, and ICU's Arabic shaping picks each letter's joined form, which the PDF library
 * does not do itself. Its own adapter to ICU stopped being published to Maven Central at an old version.
 */
final class IcuBidi {

    private IcuBidi() {
    }

    static BidiSplitterFactory splitters() {
        return Splitter::new;
    }

    static BidiReorderer reorderer() {
        return new Reorderer();
    }

    private static final class Splitter implements BidiSplitter {

        private final Bidi bidi = new Bidi();

        @Override
        public void setParagraph(String text, byte direction) {
            byte level = direction == RTL ? Bidi.RTL : direction == LTR ? Bidi.LTR : Bidi.LEVEL_DEFAULT_LTR;
            bidi.setPara(text, level, null);
        }

        @Override
        public int countTextRuns() {
            return bidi.countRuns();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            BidiRun run = bidi.getVisualRun(index);
            return new BidiTextRun(run.getStart(), run.getLength(), run.isOddRun() ? RTL : LTR);
        }

        @Override
        public byte getBaseDirection(String text) {
            byte direction = Bidi.getBaseDirection(text);
            return direction == Bidi.RTL ? RTL : direction == Bidi.LTR ? LTR : NEUTRAL;
        }
    }

    private static final class Reorderer implements BidiReorderer {

        @Override
        public String reorderRTLTextToLTR(String text) {
            return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
        }

        @Override
        public String shapeText(String text) {
            return shape(text, ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK);
        }

        @Override
        public String deshapeText(String text) {
            return shape(text, ArabicShaping.LETTERS_UNSHAPE | ArabicShaping.LENGTH_GROW_SHRINK);
        }

        @Override
        public boolean isLiveImplementation() {
            return true;
        }

        private static String shape(String text, int options) {
            try {
                return new ArabicShaping(options).shape(text);
            } catch (ArabicShapingException e) {
                // unshapeable input is printed as written: the letters are there, only their joins are not
                return text;
            }
        }
    }
}
