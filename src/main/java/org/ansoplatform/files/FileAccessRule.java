package org.ansoplatform.files;

import java.util.UUID;

/**
 * Lets another module grant reading a file that is not the person's own, such as the reviewers of an
 * application reading its attachments. Declare an implementation as a bean; one rule that grants is enough.
 * A reader let in by a rule never learns the file's owner, and learns its original name only if the rule
 * says so: the name can give away who uploaded it (decision 49).
 */
public interface FileAccessRule {

    boolean mayRead(UUID personId, StoredFile file);

    /** What a reader let in by this rule may learn about the file besides its content. */
    default Disclosure disclosure() {
        return Disclosure.ORIGINAL_NAME;
    }

    /** How much of a file's metadata a rule discloses; the owner is never disclosed to another reader. */
    enum Disclosure {
        /** A neutral name that keeps the extension only, for readers who must not learn who uploaded the file. */
        NEUTRAL_NAME,
        /** The name the file was uploaded under. */
        ORIGINAL_NAME
    }
}
