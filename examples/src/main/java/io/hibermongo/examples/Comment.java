package io.hibermongo.examples;

import jakarta.persistence.Embeddable;

/**
 * A comment on an entry, one element of the entry's {@code comments} array (Djongo's {@code ArrayField} of
 * embedded documents): {@code {author: "Ringo", text: "…"}}.
 */
@Embeddable
public class Comment {

    private String author;
    private String text;

    protected Comment() {
    }

    public Comment(String author, String text) {
        this.author = author;
        this.text = text;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }
}
