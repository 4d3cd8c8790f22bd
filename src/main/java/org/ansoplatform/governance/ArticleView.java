package org.ansoplatform.governance;

/** An article (or sub-article, numbered like 8.3) of one version of the Statutes. */
public record ArticleView(String number, int position, String heading, String body) {
}
