package io.hibermongo.it.namedquery.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** An entity with a named query using a common table expression ({@code with}), which Hibermongo refuses: startup fails. */
@Entity
@NamedQuery(name = "TabledGadget.named", query = "with named as (select g.id as id, g.name as name from TabledGadget g where g.name is not null) select n.id from named n")
public class TabledGadget {

	@Id
	private Long id;

	private String name;
}
