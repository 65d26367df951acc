package io.hibermongo.it.inheritance.model;

import jakarta.persistence.Entity;

/** A JOINED subclass beside {@link Dog}. */
@Entity(name = "Cat")
public class Cat extends Animal {

	private Integer lives;

	private String color;

	protected Cat() {
	}

	public Cat(Long id, String name, Integer weight, Integer lives, String color) {
		super( id, name, weight );
		this.lives = lives;
		this.color = color;
	}

	public void setLives(Integer lives) {
		this.lives = lives;
	}
}
