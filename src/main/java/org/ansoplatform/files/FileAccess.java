package org.ansoplatform.files;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Who may read a file: its owner, and anyone a {@link FileAccessRule} of another module lets in. Nobody else.
 * Callers answer a refused file exactly like a missing one, so that ids reveal nothing.
 */
@Service
public class FileAccess {

    private final FileStorage storage;
    private final Supplier<Stream<FileAccessRule>> rules;

    @Autowired
    FileAccess(FileStorage storage, ObjectProvider<FileAccessRule> rules) {
        this.storage = storage;
        this.rules = rules::orderedStream;
    }

    FileAccess(FileStorage storage, List<FileAccessRule> rules) {
        this.storage = storage;
        this.rules = rules::stream;
    }

    public boolean mayRead(UUID personId, StoredFile file) {
        if (personId == null || file == null) {
            return false;
        }
        if (personId.equals(file.ownerId())) {
            return true;
        }
        return rules.get().anyMatch(rule -> rule.mayRead(personId, file));
    }

    /** The file, if it exists and this person may read it; empty in both other cases alike. */
    public Optional<StoredFile> readable(UUID personId, UUID fileId) {
        if (personId == null || fileId == null) {
            return Optional.empty();
        }
        return storage.find(fileId).filter(file -> mayRead(personId, file));
    }
}
