package org.ansoplatform.governance.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.platform.CurrentActor;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Stores the documents of a form (an application's, an answer's, an agenda item's) as the signed-in person's. */
@Component
class GovernanceDocuments {

    private final FileStorage files;
    private final CurrentActor currentActor;

    GovernanceDocuments(FileStorage files, CurrentActor currentActor) {
        this.files = files;
        this.currentActor = currentActor;
    }

    List<UUID> store(List<MultipartFile> documents) throws IOException {
        List<UUID> ids = new ArrayList<>();
        for (MultipartFile document : documents == null ? List.<MultipartFile>of() : documents) {
            if (document.isEmpty()) {
                continue;
            }
            try (InputStream content = document.getInputStream()) {
                ids.add(files.store(currentActor.personId(), document.getOriginalFilename(), content,
                        FileStorage.DOCUMENT_TYPES).id());
            }
        }
        return ids;
    }
}
