package io.hibermongo.dialect.translate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Formula;

/** An entity with an SQL formula, which cannot be evaluated on MongoDB. */
@Entity(name = "FormulaPerson")
public class FormulaPerson {
	@Id
	public Long id;
	public String name;
	@Formula("upper(name)")
	public String shout;
}
