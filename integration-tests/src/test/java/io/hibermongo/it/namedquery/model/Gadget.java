package io.hibermongo.it.namedquery.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** An entity whose named queries Hibermongo translates: startup succeeds. */
@Entity
@NamedQuery(name = "Gadget.rounded", query = "select round(g.weight, 1) from Gadget g where g.name like :pattern")
@NamedQuery(name = "Gadget.perName", query = "select g.name, sum(g.weight) * 2 from Gadget g group by g.name")
@NamedQuery(name = "Gadget.rename", query = "update Gadget g set g.name = upper(g.name) where g.weight > :limit")
@NamedQuery(name = "Gadget.renameBelowAverage", query = "update Gadget g set g.name = 'light' where g.weight < (select avg(h.weight) from Gadget h)")
public class Gadget {

	@Id
	private Long id;

	private String name;
	private Double weight;

	protected Gadget() {
	}

	public Gadget(Long id, String name, Double weight) {
		this.id = id;
		this.name = name;
		this.weight = weight;
	}
}
