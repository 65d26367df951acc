package io.hibermongo.it.namedquery.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** An entity with a named query using {@code collate()}, which Hibermongo refuses: startup fails. */
@Entity
@NamedQuery(name = "CollatedGadget.byName", query = "select g.id from CollatedGadget g order by collate(g.name as ucs_basic)")
public class CollatedGadget {

	@Id
	private Long id;

	private String name;
}
