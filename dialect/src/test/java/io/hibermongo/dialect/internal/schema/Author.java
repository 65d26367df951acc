package io.hibermongo.dialect.internal.schema;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.NaturalId;

/** Unique keys (natural id, unique column), an enum, lengths, an embeddable and Bean Validation constraints. */
@Entity
public class Author {

	/** The standing of an author. */
	public enum Status { ACTIVE, RETIRED }

	@Id
	Long id;

	@NaturalId
	@Column(nullable = false)
	String handle;

	@Column(unique = true)
	String email;

	@Column(length = 80, nullable = false)
	String name;

	@Enumerated(EnumType.STRING)
	Status status;

	@Min(0)
	@Max(150)
	Integer age;

	@Pattern(regexp = "[a-z]+")
	@Size(max = 12)
	String code;

	@Positive
	Double rating;

	@NotBlank
	String motto;

	@Embedded
	Address address;
}
