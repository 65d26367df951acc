package io.hibermongo.it.namedquery.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** An entity with a named query inserting the rows of a set operation, which Hibermongo refuses: startup fails. */
@Entity
@NamedQuery(name = "PricedGadget.copyTwice", query = "insert into PricedGadget (id, name) select g.id + 100, g.name from PricedGadget g"
		+ " union all select g.id + 200, g.name from PricedGadget g")
public class PricedGadget {

	@Id
	private Long id;

	private String name;
}
