package org.ansoplatform.files;

import java.util.UUID;

/**
 * Lets another module grant reading a file that is not the person's own, such as the reviewers of an
 * application reading its attachments. Declare an implementation as a bean; one rule that grants is enough.
 */
public interface FileAccessRule {

    boolean mayRead(UUID personId, StoredFile file);
}
