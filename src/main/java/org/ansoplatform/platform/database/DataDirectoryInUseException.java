package org.ansoplatform.platform.database;

import java.nio.file.Path;

/** Another running instance holds the data directory. */
public class DataDirectoryInUseException extends IllegalStateException {

    private final Path directory;

    public DataDirectoryInUseException(Path directory) {
        super("The data directory " + directory + " is in use by another running instance of the ANSO Platform");
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
