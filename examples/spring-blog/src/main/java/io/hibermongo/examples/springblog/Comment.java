package io.hibermongo.examples.springblog;

import jakarta.persistence.Embeddable;

/** A comment, an element of the entry's {@code comments} array. */
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
