package io.hibermongo.it.nativequery.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;

/** An entity whose named native query is not a command document, so its SessionFactory cannot start. */
@Entity
@NamedNativeQuery(name = "Draft.broken", query = "{find: 'Draft', filter: {title: }", resultClass = Draft.class)
public class Draft {

	@Id
	private Long id;

	protected Draft() {
	}
}
