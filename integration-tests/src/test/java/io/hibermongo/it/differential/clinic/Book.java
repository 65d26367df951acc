package io.hibermongo.it.differential.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A book: an EAGER {@code @ManyToOne} author (nullable), and the author's name as plain text, which
 * entity joins with {@code on} compare with {@link Reader#name()}.
 */
@Entity
public class Book {

	@Id
	private Long id;

	private String title;
	private String authorName;
	private Integer pages;

	@ManyToOne
	private Author author;

	protected Book() {
	}

	public Book(Long id, String title, String authorName, Integer pages, Author author) {
		this.id = id;
		this.title = title;
		this.authorName = authorName;
		this.pages = pages;
		this.author = author;
	}

	public String title() {
		return title;
	}

	public Author author() {
		return author;
	}
}
