package io.hibermongo.it.namedquery.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** An entity with a named bulk update casting a string to Boolean, which Hibermongo refuses: startup fails. */
@Entity
@NamedQuery(name = "CastGadget.enableByCode", query = "update CastGadget g set g.enabled = cast(g.code as Boolean)")
public class CastGadget {

	@Id
	private Long id;

	private String code;
	private Boolean enabled;
}
