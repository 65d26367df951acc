package io.hibermongo.it.namedquery.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** An entity with a named query whose window frame excludes the current row, which {@code $setWindowFields} cannot express and Hibermongo refuses: startup fails. */
@Entity
@NamedQuery(name = "WindowedGadget.ranked", query = "select g.id, count(*) over (order by g.name rows between unbounded preceding and current row exclude current row) from WindowedGadget g")
public class WindowedGadget {

	@Id
	private Long id;

	private String name;
}
