package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** For the concurrency test: IDENTITY ids. */
@Entity(name = "IdentityStep")
public class IdentityStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int thread;

	public IdentityStep() {
	}

	public void setThread(int thread) {
		this.thread = thread;
	}
}
