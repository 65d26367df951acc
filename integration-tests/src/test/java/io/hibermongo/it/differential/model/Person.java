package io.hibermongo.it.differential.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * The entity every differential query reads: one column of each basic kind the queries compare, all
 * nullable except {@link #score}, and a two-level embeddable. On MongoDB its collection is
 * {@value #COLLECTION}. The tests read its state (and its embeddables') by reflection, in
 * {@code CanonicalRow}, so it has builder-style setters but no getters.
 */
@Entity
public class Person {

	/** The collection (the table name) the dialect stores persons in. */
	public static final String COLLECTION = "Person";

	@Id
	private Long id;

	private String name;
	private Integer age;
	private int score;
	private Double height;

	@Column(precision = 19, scale = 2)
	private BigDecimal salary;

	private Boolean active;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Enumerated(EnumType.ORDINAL)
	private Tier tier;

	private LocalDate birthDate;

	@Embedded
	private Address address;

	protected Person() {
	}

	public Person(Long id) {
		this.id = id;
	}

	public Person name(String name) {
		this.name = name;
		return this;
	}

	public Person age(Integer age) {
		this.age = age;
		return this;
	}

	public Person score(int score) {
		this.score = score;
		return this;
	}

	public Person height(Double height) {
		this.height = height;
		return this;
	}

	public Person salary(String salary) {
		this.salary = salary == null ? null : new BigDecimal( salary );
		return this;
	}

	public Person active(Boolean active) {
		this.active = active;
		return this;
	}

	public Person status(Status status) {
		this.status = status;
		return this;
	}

	public Person tier(Tier tier) {
		this.tier = tier;
		return this;
	}

	public Person birthDate(String isoDate) {
		this.birthDate = isoDate == null ? null : LocalDate.parse( isoDate );
		return this;
	}

	public Person address(Address address) {
		this.address = address;
		return this;
	}
}
