package io.hibermongo.it.namedquery.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** An entity with a named query using a bulk update whose WHERE uses a subquery, which Hibermongo refuses: startup fails. */
@Entity
@NamedQuery(name = "PricedGadget.discountOthers", query = "update PricedGadget g set g.name = 'other' where g.id in (select h.id from PricedGadget h where h.name is null)")
public class PricedGadget {

	@Id
	private Long id;

	private String name;
}
