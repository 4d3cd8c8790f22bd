/** The news and newsletters of the seeds, loaded through the module's commands in demo mode only. */
package org.ansoplatform.publications.news.demo;
