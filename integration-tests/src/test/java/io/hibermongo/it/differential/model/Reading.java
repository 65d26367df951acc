package io.hibermongo.it.differential.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * The entity the function differential queries read: a column of each basic kind the functions take,
 * all nullable. Its collection is {@value #COLLECTION}; like {@link Person} it has builder-style setters
 * and is read by reflection.
 */
@Entity
public class Reading {

	/** The collection (the table name) the dialect stores readings in. */
	public static final String COLLECTION = "Reading";

	@Id
	private Long id;

	private String label;
	private String grp;
	private Integer qty;
	private Long total;
	private Double ratio;

	@Column(precision = 19, scale = 3)
	private BigDecimal price;

	private Boolean enabled;
	private LocalDate born;
	private LocalDateTime seen;

	@Version
	private Integer version;

	protected Reading() {
	}

	public Reading(Long id) {
		this.id = id;
	}

	public Reading label(String label) {
		this.label = label;
		return this;
	}

	public Reading grp(String grp) {
		this.grp = grp;
		return this;
	}

	public Reading qty(Integer qty) {
		this.qty = qty;
		return this;
	}

	public Reading total(Long total) {
		this.total = total;
		return this;
	}

	public Reading ratio(Double ratio) {
		this.ratio = ratio;
		return this;
	}

	public Reading price(String price) {
		this.price = price == null ? null : new BigDecimal( price );
		return this;
	}

	public Reading enabled(Boolean enabled) {
		this.enabled = enabled;
		return this;
	}

	public Reading born(String isoDate) {
		this.born = isoDate == null ? null : LocalDate.parse( isoDate );
		return this;
	}

	public Reading seen(String isoDateTime) {
		this.seen = isoDateTime == null ? null : LocalDateTime.parse( isoDateTime );
		return this;
	}
}
