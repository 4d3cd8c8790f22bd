package org.ansoplatform.files;

import java.util.Comparator;
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
 * Callers answer a refused file exactly like a missing one, so that ids reveal nothing. A reader let in by a
 * rule gets the file as that rule discloses it: no owner, and a neutral name unless a granting rule discloses
 * the original one.
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

    /**
     * The file as this person may see it, if it exists and they may read it; empty in both other cases alike.
     * Its owner sees it whole; anyone else without its owner, under the most its granting rules disclose.
     */
    public Optional<StoredFile> readable(UUID personId, UUID fileId) {
        if (personId == null || fileId == null) {
            return Optional.empty();
        }
        return storage.find(fileId).flatMap(file -> {
            if (personId.equals(file.ownerId())) {
                return Optional.of(file);
            }
            return rules.get().filter(rule -> rule.mayRead(personId, file))
                    .map(FileAccessRule::disclosure)
                    .max(Comparator.naturalOrder())
                    .map(file::disclosedAs);
        });
    }
}
