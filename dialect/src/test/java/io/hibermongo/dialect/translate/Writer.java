package io.hibermongo.dialect.translate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The target of {@link Novel#writer}. */
@Entity(name = "Writer")
public class Writer {
	@Id
	public Long id;
	public String name;
	public Integer age;
}
