/**
 * Yearly figures: every module's {@link org.ansoplatform.shared.FigureSource} read together for a year, a
 * figure found by its key, and the records a figure counts resolved for the reader through
 * {@code platform.Records} (titles where the reader may see them, a count of the rest). Figures imports no
 * module; the Secretariat's page and API live in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform" })
package org.ansoplatform.figures;
