package org.ansoplatform.identifiers.datacite;

import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.ansoplatform.identifiers.DataCiteMetadata.RelatedItem;

/** DataCite's {@code relatedItems}: each item's parts in the order the schema's sequence asks, empty parts left out. */
final class RelatedItems {

    private RelatedItems() {
    }

    static void write(Elements e, List<RelatedItem> items) throws XMLStreamException {
        e.open("relatedItems");
        for (RelatedItem item : items) {
            e.start("relatedItem").attr("relatedItemType", item.itemType().xml()).attr("relationType", item.relation().xml());
            if (item.identifier() != null) {
                e.start("relatedItemIdentifier").attr("relatedItemIdentifierType", item.identifierType().xml())
                        .body(item.identifier());
            }
            if (item.title() != null && !item.title().isBlank()) {
                e.open("titles");
                e.text("title", item.title());
                e.close();
            }
            optional(e, "publicationYear", item.publicationYear() == null ? null : String.valueOf(item.publicationYear()));
            optional(e, "volume", item.volume());
            optional(e, "issue", item.issue());
            optional(e, "firstPage", item.firstPage());
            optional(e, "lastPage", item.lastPage());
            optional(e, "publisher", item.publisher());
            e.close();
        }
        e.close();
    }

    private static void optional(Elements e, String name, String value) throws XMLStreamException {
        if (value != null && !value.isBlank()) {
            e.text(name, value);
        }
    }
}
