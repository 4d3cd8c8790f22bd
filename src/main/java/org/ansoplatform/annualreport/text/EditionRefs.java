package org.ansoplatform.annualreport.text;

import java.util.LinkedHashSet;
import java.util.Set;

import org.ansoplatform.annualreport.BlockSpec;
import org.ansoplatform.annualreport.EditionContent;
import org.ansoplatform.figures.FigureRef;

/** Every figure an edition names, in its texts and its blocks' settings, once each: what a render or a freeze resolves. */
public final class EditionRefs {

    private EditionRefs() {
    }

    public static Set<FigureRef> of(EditionContent content) {
        Set<FigureRef> refs = new LinkedHashSet<>();
        for (EditionContent.BlockView block : content.blocks()) {
            block.texts().values().forEach(text -> refs.addAll(Placeholders.refs(text)));
            BlockSpec.read(block.spec()).refTexts().forEach(text -> FigureRef.parse(text).ifPresent(refs::add));
        }
        return refs;
    }

    /** Every text and reference as written, for checking them all at once. */
    public static Set<String> written(EditionContent content) {
        Set<String> texts = new LinkedHashSet<>();
        for (EditionContent.BlockView block : content.blocks()) {
            texts.addAll(block.texts().values());
            BlockSpec.read(block.spec()).refTexts().forEach(ref -> texts.add("{" + ref + "}"));
        }
        return texts;
    }
}
