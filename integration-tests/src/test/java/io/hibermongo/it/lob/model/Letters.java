package io.hibermongo.it.lob.model;

import java.sql.NClob;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/** The less common LOB Java types: wrapper byte arrays, character arrays and NClob. */
@Entity
public class Letters {

	@Id
	private Long id;

	@Lob
	private Byte[] boxed;

	@Lob
	private char[] characters;

	private NClob national;

	public Letters() {
	}

	public Letters(Long id, Byte[] boxed, char[] characters, NClob national) {
		this.id = id;
		this.boxed = boxed;
		this.characters = characters;
		this.national = national;
	}

	public Byte[] getBoxed() { return boxed; }
	public char[] getCharacters() { return characters; }
	public NClob getNational() { return national; }
}
