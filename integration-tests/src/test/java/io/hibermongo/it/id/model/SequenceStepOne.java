package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** For the concurrency test: SEQUENCE ids, allocationSize 1. */
@Entity(name = "SequenceStepOne")
public class SequenceStepOne {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_step_one")
	@SequenceGenerator(name = "seq_step_one", sequenceName = "seq_step_one", allocationSize = 1)
	private Long id;

	private int thread;

	public SequenceStepOne() {
	}

	public void setThread(int thread) {
		this.thread = thread;
	}
}
