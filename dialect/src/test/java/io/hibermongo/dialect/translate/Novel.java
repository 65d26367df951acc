package io.hibermongo.dialect.translate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A book with an EAGER {@code @ManyToOne} writer, for the golden tests of joins. */
@Entity(name = "Novel")
public class Novel {
	@Id
	public Long id;
	public String title;
	public String writerName;
	@ManyToOne
	public Writer writer;
}
