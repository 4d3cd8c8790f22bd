package org.ansoplatform.files.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.ansoplatform.files.FileAccess;
import org.ansoplatform.files.FileResponses;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Sends a file's bytes to a person who may read it, always as a download: an unknown id, a malformed one and
 * a file they may not read all get the same 404. Ranges and resuming are {@link FileResponses}'s.
 */
@Component
class FileDownloads {

    private final FileAccess access;
    private final CurrentActor actor;
    private final FileResponses responses;
    private final HttpServletRequest request;

    /** {@code request} is the container's proxy to the current request. */
    FileDownloads(FileAccess access, CurrentActor actor, FileResponses responses, HttpServletRequest request) {
        this.access = access;
        this.actor = actor;
        this.responses = responses;
        this.request = request;
    }

    /** The file this person may read, or a {@link NotFoundException}. */
    StoredFile readable(UUID id) {
        return access.readable(actor.personId(), id)
                .orElseThrow(() -> new NotFoundException("file " + id));
    }

    /**
     * The file this person may read, resumable and in ranges ({@link FileResponses}); always streamed by the
     * platform, never redirected to the store: documents are private and a presigned address would let anyone
     * holding it read the file for a while.
     */
    ResponseEntity<Resource> download(UUID id) {
        StoredFile file = readable(id);
        return responses.entity(file, file.originalName(), request, FileResponses.Redirect.NEVER);
    }
}
