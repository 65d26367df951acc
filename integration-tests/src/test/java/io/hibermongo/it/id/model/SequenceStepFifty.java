package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** For the concurrency test: SEQUENCE ids, allocationSize 50. */
@Entity(name = "SequenceStepFifty")
public class SequenceStepFifty {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_step_fifty")
	@SequenceGenerator(name = "seq_step_fifty", sequenceName = "seq_step_fifty", allocationSize = 50)
	private Long id;

	private int thread;

	public SequenceStepFifty() {
	}

	public void setThread(int thread) {
		this.thread = thread;
	}
}
