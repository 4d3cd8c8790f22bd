/**
 * What the projects module shows and offers outside itself: the map of a project's countries drawn as SVG, the
 * schema.org {@code ResearchProject} JSON-LD, the DataCite record and the DOI of a published project, the yearly
 * figures with the records they count, and the documents search indexes. Reads only through
 * {@code PublicProjectQueries} and {@code ProjectFigureQueries}.
 */
package org.ansoplatform.projects.publishing;
