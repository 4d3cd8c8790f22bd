package org.ansoplatform.finance.web;

import org.springframework.web.multipart.MultipartFile;

/** A ledger CSV sent to be imported; the import refuses it line by line and column by column. */
record LedgerUpload(MultipartFile file, Boolean illustrative) {

    boolean empty() {
        return file == null || file.isEmpty();
    }
}
