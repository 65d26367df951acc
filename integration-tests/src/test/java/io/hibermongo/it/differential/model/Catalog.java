package io.hibermongo.it.differential.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An owner of Hibernate's basic arrays (ARRAY columns, no {@code @ElementCollection}) of several element
 * types and of JSON-typed attributes, for the differential test of basic arrays and JSON values. Its fields are public so that the test's changes read
 * like assignments.
 */
@Entity(name = "Catalog")
public class Catalog {

	@Id
	public Long id;

	public String title;

	public List<String> labels;

	public String[] aliases;

	public int[] counts;

	public Integer[] scores;

	public Tier[] tiers;

	public LocalDate[] dates;

	public UUID[] codes;

	public BigDecimal[] prices;

	@JdbcTypeCode(SqlTypes.JSON)
	public Map<String, Object> extra;

	@JdbcTypeCode(SqlTypes.JSON)
	public Spec spec;

	@JdbcTypeCode(SqlTypes.JSON)
	public List<String> notes;

	protected Catalog() {
	}

	public Catalog(Long id, String title) {
		this.id = id;
		this.title = title;
	}
}
