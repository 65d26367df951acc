package io.hibermongo.it.namedquery.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** An entity with a named query using a window function ({@code row_number() over (…)}), which needs {@code $setWindowFields}, which Hibermongo refuses: startup fails. */
@Entity
@NamedQuery(name = "WindowedGadget.ranked", query = "select g.id, row_number() over (order by g.name) from WindowedGadget g")
public class WindowedGadget {

	@Id
	private Long id;

	private String name;
}
