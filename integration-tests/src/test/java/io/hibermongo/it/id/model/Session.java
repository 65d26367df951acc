package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A {@code String} id from {@code @GeneratedValue(strategy = UUID)}: the UUID's text. */
@Entity(name = "LoginSession")
public class Session {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private String id;

	private String user;

	protected Session() {
	}

	public Session(String user) {
		this.user = user;
	}

	public String getId() {
		return id;
	}
}
