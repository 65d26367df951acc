package io.hibermongo.dialect.translate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;

/** An entity with a filter condition in SQL, which cannot be evaluated on MongoDB. */
@Entity(name = "FilteredPerson")
@FilterDef(name = "adults", defaultCondition = "age >= 18")
@Filter(name = "adults")
public class FilteredPerson {
	@Id
	public Long id;
	public int age;
}
