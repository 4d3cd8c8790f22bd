/**
 * Previews of stored files for any module's pages: the first rows of a CSV, TSV or XLSX table, a thumbnail of an
 * image and the first page of a PDF as PNG (rendered once and kept in the blob store under a key derived from the
 * file's SHA-256), a plain reason for a broken or too large file. Bounded in memory and time whatever the file's size.
 */
@org.springframework.modulith.NamedInterface("preview")
package org.ansoplatform.files.preview;
