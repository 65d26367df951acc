package io.hibermongo.it.nativequery.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity whose collection is named by {@code @Table}: {@value #COLLECTION}. */
@Entity
@Table(name = Note.COLLECTION)
public class Note {

	public static final String COLLECTION = "editor_notes";

	@Id
	private Long id;

	private String text;

	protected Note() {
	}

	public Note(Long id, String text) {
		this.id = id;
		this.text = text;
	}

	public String getText() {
		return text;
	}
}
