package io.hibermongo.it.inheritance.model;

import jakarta.persistence.Entity;

/** Its {@code color} column would be the same document field as {@link ClashB}'s. */
@Entity(name = "ClashA")
public class ClashA extends ClashRoot {

	private String color;
}
