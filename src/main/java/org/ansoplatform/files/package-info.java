/**
 * Content-addressed storage of uploaded documents: bytes kept once per SHA-256, type detected from content,
 * disguised and executable files refused, and downloads only for people allowed to read them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.ansoplatform.files;
