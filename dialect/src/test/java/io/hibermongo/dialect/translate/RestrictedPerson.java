package io.hibermongo.dialect.translate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.SQLRestriction;

/** An entity with an SQL restriction, which cannot be evaluated on MongoDB. */
@Entity(name = "RestrictedPerson")
@SQLRestriction("active = true")
public class RestrictedPerson {
	@Id
	public Long id;
	public boolean active;
}
