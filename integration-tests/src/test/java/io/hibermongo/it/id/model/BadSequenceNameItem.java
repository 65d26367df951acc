package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** Bad input: a sequence name with {@code $} and {@code .}. */
@Entity(name = "BadSequenceNameItem")
public class BadSequenceNameItem {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bad_name")
	@SequenceGenerator(name = "bad_name", sequenceName = "items$.seq")
	private Long id;
}
