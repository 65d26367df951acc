package io.hibermongo.it.inheritance.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** A JOINED root whose two subclasses ({@link ClashA}, {@link ClashB}) both have a column named {@code color}. */
@Entity(name = "ClashRoot")
@Inheritance(strategy = InheritanceType.JOINED)
public class ClashRoot {

	@Id
	private Long id;
}
