package io.hibermongo.it.registry.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.NaturalId;

/** A volume with a natural id and a lazy reference to its shelf. */
@Entity
public class Volume {

	@Id
	private Long id;

	@NaturalId
	private String isbn;

	private String title;

	private int pages;

	@ManyToOne(fetch = FetchType.LAZY)
	private Shelf shelf;

	protected Volume() {
	}

	public Volume(Long id, String isbn, String title, int pages, Shelf shelf) {
		this.id = id;
		this.isbn = isbn;
		this.title = title;
		this.pages = pages;
		this.shelf = shelf;
	}

	public Long getId() {
		return id;
	}

	public String getIsbn() {
		return isbn;
	}

	public String getTitle() {
		return title;
	}

	public int getPages() {
		return pages;
	}

	public Shelf getShelf() {
		return shelf;
	}
}
