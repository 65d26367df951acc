package io.hibermongo.it.namedquery.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/**
 * An entity with a named query using a recursive common table expression whose union drops duplicates ({@code union}
 * rather than {@code union all}), which Hibermongo refuses: startup fails.
 */
@Entity
@NamedQuery(name = "TabledGadget.named", query = "with chain as (select g.id as id, g.name as name from TabledGadget g where g.id = 1 "
		+ "union select g.id, g.name from TabledGadget g join chain c on g.name = c.name) select c.id from chain c")
public class TabledGadget {

	@Id
	private Long id;

	private String name;
}
