package io.hibermongo.it.inheritance.model;

import jakarta.persistence.Entity;

/** Its {@code color} column would be the same document field as {@link ClashA}'s. */
@Entity(name = "ClashB")
public class ClashB extends ClashRoot {

	private Integer color;
}
