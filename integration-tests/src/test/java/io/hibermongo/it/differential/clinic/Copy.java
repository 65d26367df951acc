package io.hibermongo.it.differential.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;

/** A copy of an edition: a composite foreign key (two fields) to the edition's {@code _id} sub-document. */
@Entity
public class Copy {

	@Id
	private Long id;

	private String shelfMark;

	@ManyToOne
	@JoinColumns({
			@JoinColumn(name = "edition_isbn", referencedColumnName = "isbn"),
			@JoinColumn(name = "edition_printing", referencedColumnName = "printing") })
	private Edition edition;

	protected Copy() {
	}

	public Copy(Long id, String shelfMark, Edition edition) {
		this.id = id;
		this.shelfMark = shelfMark;
		this.edition = edition;
	}

	public String shelfMark() {
		return shelfMark;
	}

	public Edition edition() {
		return edition;
	}
}
