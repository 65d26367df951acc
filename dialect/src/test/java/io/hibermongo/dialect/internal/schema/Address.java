package io.hibermongo.dialect.internal.schema;

import io.hibermongo.dialect.MongoIndex;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A nested document with a required field and a field-level index. */
@Embeddable
public class Address {

	@MongoIndex
	@Column(nullable = false)
	String city;

	String street;
}
