package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** IDENTITY ids as an {@code Integer}, stored as a BSON int32. */
@Entity(name = "Label")
public class Label {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Integer id;

	private String text;

	protected Label() {
	}

	public Label(String text) {
		this.text = text;
	}

	public Integer getId() {
		return id;
	}
}
